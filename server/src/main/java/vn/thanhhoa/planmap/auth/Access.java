package vn.thanhhoa.planmap.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.http.Routes;

/**
 * Who is asking, for every request: the session of the cookie, if any. Every state-changing request
 * needs a live session and its CSRF token in {@code X-CSRF-Token} (login, which has no session yet,
 * needs a same-origin {@code Origin} when the browser sends one). Handlers then call {@link #require}.
 */
public final class Access implements Routes {
  private static final String ATTRIBUTE = "planmap.session";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final Function<String, Optional<Sessions.Session>> sessions;

  public Access(Sessions sessions) {
    this(sessions::find);
  }

  /** @param sessions the session of a cookie's token (null when the request has no cookie), if it is live */
  Access(Function<String, Optional<Sessions.Session>> sessions) {
    this.sessions = sessions;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.before(this::resolve);
  }

  private void resolve(Context ctx) {
    sessions.apply(ctx.cookie(Sessions.COOKIE)).ifPresent(s -> ctx.attribute(ATTRIBUTE, s));
    if (SAFE.contains(ctx.method().name())) {
      return;
    }
    if (ctx.path().equals("/auth/login")) {
      checkOrigin(ctx);
      return;
    }
    Sessions.Session session = ctx.attribute(ATTRIBUTE);
    if (session == null) {
      throw ProblemException.unauthorized("sign in first: this request changes data");
    }
    String sent = ctx.header(Sessions.CSRF_HEADER);
    if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
        session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
      throw ProblemException.forbidden("missing or wrong " + Sessions.CSRF_HEADER + " header");
    }
  }

  private static void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String host = ctx.host();
    try {
      URI o = URI.create(origin);
      String originHost = o.getHost() + (o.getPort() == -1 ? "" : ":" + o.getPort());
      if (host != null && originHost.equalsIgnoreCase(host)) {
        return;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal
    }
    throw ProblemException.forbidden("cross-site login refused (Origin " + origin + ")");
  }

  /** The session of the request, or null for a viewer. */
  public static Sessions.Session session(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }

  /**
   * The signed-in user, whose role must hold the permission.
   *
   * @throws ProblemException 401 when nobody is signed in, 403 when the role does not allow it
   */
  public static User require(Context ctx, Permission permission) {
    Sessions.Session s = session(ctx);
    if (s == null) {
      throw ProblemException.unauthorized("sign in first");
    }
    if (permission.roles().contains(s.user().role())) {
      return s.user();
    }
    throw ProblemException.forbidden("a " + s.user().role().id() + " may not do this");
  }
}
