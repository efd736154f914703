package vn.thanhhoa.planmap.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import vn.thanhhoa.planmap.db.Jdbc;

/**
 * Login sessions: a random token in an HttpOnly, Secure, SameSite=Strict cookie; the database keeps only
 * its SHA-256, the user and the session's CSRF token (which every state-changing request must send back
 * in the {@code X-CSRF-Token} header). Expiry is judged by the database's clock.
 */
public final class Sessions {
  public static final String COOKIE = "planmap_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final Duration LIFETIME = Duration.ofHours(12);

  private final Jdbc jdbc;
  private final AccountStore accounts;
  private final SecureRandom random = new SecureRandom();

  public Sessions(Jdbc jdbc, AccountStore accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  /** A live session: who, the CSRF token, and the SHA-256 of its cookie token (its key in the database). */
  public record Session(User user, String csrfToken, String tokenHash) {}

  /** A new session; returns the cookie token (shown to the client once) and the session. */
  public record Opened(String token, Session session) {}

  public Opened open(User user) {
    String token = randomToken();
    String csrf = randomToken();
    String tokenHash = hash(token);
    jdbc.update("opening a session", "auth/insert_session", tokenHash, user.id(), csrf,
        (double) LIFETIME.toSeconds());
    return new Opened(token, new Session(user, csrf, tokenHash));
  }

  /** The live session of a cookie token, empty when unknown, expired or the account is disabled. */
  public Optional<Session> find(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    String tokenHash = hash(token);
    return jdbc.one("reading a session", "auth/select_session", rs -> new Object[] {rs.getLong(1), rs.getString(2)},
        tokenHash).flatMap(row -> accounts.account((Long) row[0])
        .map(a -> new Session(a.user(), (String) row[1], tokenHash)));
  }

  public void close(String token) {
    if (token != null) {
      jdbc.update("closing a session", "auth/delete_session", hash(token));
    }
  }

  private String randomToken() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
