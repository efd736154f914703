package vn.thanhhoa.planmap.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.ClientConnection;
import vn.thanhhoa.planmap.http.JsonBody;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.http.Routes;

/**
 * Sign-in and accounts: {@code POST /auth/login}, {@code POST /auth/logout}, {@code GET /auth/me};
 * for admins {@code GET|POST /users} and {@code PATCH /users/{id}}. Failed logins are throttled per
 * username and per address.
 */
public final class AuthRoutes implements Routes {
  /** Failed logins allowed per username within {@link #THROTTLE_WINDOW}. */
  public static final int MAX_FAILURES = 5;
  /** Failed logins allowed from one address (an office behind one router) within the window. */
  public static final int MAX_FAILURES_PER_ADDRESS = 30;
  public static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

  private static final Set<String> LOGIN_FIELDS = Set.of("username", "password");
  private static final Set<String> NEW_USER_FIELDS = Set.of("username", "display_name", "password", "role", "agencies");
  private static final Set<String> USER_CHANGE_FIELDS = Set.of("display_name", "role", "disabled", "password",
      "agencies");

  private final AccountStore accounts;
  private final Sessions sessions;
  private final PasswordHasher hasher;
  private final ObjectMapper mapper;

  public AuthRoutes(AccountStore accounts, Sessions sessions, PasswordHasher hasher, ObjectMapper mapper) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.hasher = hasher;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/auth/login", this::login);
    routes.post("/auth/logout", this::logout);
    routes.get("/auth/me", this::me);
    routes.get("/users", ctx -> {
      Access.require(ctx, Permission.ACCOUNTS);
      ctx.json(Map.of("users", accounts.accounts()));
    });
    routes.post("/users", this::createUser);
    routes.patch("/users/{id}", this::updateUser);
  }

  private void login(Context ctx) {
    JsonBody body = JsonBody.read(ctx, mapper, LOGIN_FIELDS);
    String username = body.requiredText("username", 40).toLowerCase();
    String password = body.requiredText("password", 200);
    String remote = ClientConnection.address(ctx);
    long attempt = accounts.beginAttempt(username, remote, THROTTLE_WINDOW, MAX_FAILURES, MAX_FAILURES_PER_ADDRESS)
        .orElseThrow(() -> ProblemException.tooManyRequests("too many failed sign-ins; try again in "
            + THROTTLE_WINDOW.toMinutes() + " minutes", (int) THROTTLE_WINDOW.toSeconds()));
    AccountStore.Credentials c = accounts.credentials(username).orElse(null);
    boolean ok = hasher.verify(password, c == null ? null : c.hash()) && !c.disabled();
    if (!ok) {
      throw ProblemException.unauthorized("wrong username or password");
    }
    accounts.attemptSucceeded(attempt);
    User user = accounts.account(c.id()).orElseThrow().user();
    Sessions.Opened opened = sessions.open(user);
    ctx.header("Set-Cookie", cookie(ctx, opened.token(), Sessions.LIFETIME.toSeconds()));
    ctx.header("Cache-Control", "no-store");
    ctx.json(me(opened.session()));
  }

  private void logout(Context ctx) {
    sessions.close(ctx.cookie(Sessions.COOKIE));
    ctx.header("Set-Cookie", cookie(ctx, "", 0));
    ctx.status(204);
  }

  /**
   * The session cookie: HttpOnly, SameSite=Strict, and Secure when the request came over HTTPS (directly or
   * through a trusted proxy). Over plain HTTP a Secure cookie would be dropped by the browser (the sign-in would
   * silently not stick), so it is sent without; the map then says the connection is not encrypted.
   */
  private static String cookie(Context ctx, String value, long maxAgeSeconds) {
    return Sessions.COOKIE + "=" + value + "; Path=/; HttpOnly; " + (ClientConnection.https(ctx) ? "Secure; " : "")
        + "SameSite=Strict; Max-Age=" + maxAgeSeconds;
  }

  private void me(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    Sessions.Session s = Access.session(ctx);
    ctx.json(s == null ? Map.of("user", Map.of("role", Role.VIEWER.id())) : me(s));
  }

  private static Map<String, Object> me(Sessions.Session s) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", s.user().id());
    user.put("username", s.user().username());
    user.put("display_name", s.user().displayName());
    user.put("role", s.user().role().id());
    user.put("agencies", s.user().agencies());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user", user);
    body.put("csrf_token", s.csrfToken());
    return body;
  }

  private void createUser(Context ctx) {
    User admin = Access.require(ctx, Permission.ACCOUNTS);
    JsonBody body = JsonBody.read(ctx, mapper, NEW_USER_FIELDS);
    String password = body.requiredText("password", 200);
    try {
      AccountStore.Account a = accounts.create(body.requiredText("username", 40).toLowerCase(),
          body.requiredText("display_name", 200), hasher.hash(password), role(body), agencies(body), admin);
      ctx.status(201).json(a);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("body", e.getMessage());
    }
  }

  private void updateUser(Context ctx) {
    User admin = Access.require(ctx, Permission.ACCOUNTS);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundException("no account " + ctx.pathParam("id"));
    }
    accounts.account(id).orElseThrow(() -> new NotFoundException("no account " + id));
    JsonBody body = JsonBody.read(ctx, mapper, USER_CHANGE_FIELDS);
    String password = body.text("password", 200);
    try {
      ctx.json(accounts.update(id, body.nonEmptyText("display_name", 200), body.has("role") ? role(body) : null,
          body.bool("disabled"), password == null ? null : hasher.hash(password),
          body.has("agencies") ? agencies(body) : null, admin,
          admin.id() == id ? Access.session(ctx).tokenHash() : null));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("body", e.getMessage());
    }
  }

  private static Role role(JsonBody body) {
    String r = body.requiredText("role", 20);
    List<String> ids = Role.accountIds();
    return Role.ofAccount(r).orElseThrow(() -> new BadRequestException("role", "'role' must be "
        + String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1), ids));
  }

  private static List<String> agencies(JsonBody body) {
    JsonNode n = body.node("agencies");
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw new BadRequestException("agencies", "'agencies' must be an array of agency ids");
    }
    n.forEach(a -> out.add(a.asText()));
    return out;
  }
}
