package vn.thanhhoa.planmap.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Slow password hashing (bcrypt, cost 12): only hashes are stored. */
public final class PasswordHasher {
  private static final int COST = 12;
  /**
   * Verified against when the user does not exist, so that timing does not tell: the bcrypt hash (cost
   * {@value #COST}) of "not a password", written out once rather than hashed at class load (a second of CPU
   * at start-up, before the JIT has warmed).
   */
  static final String DUMMY = "$2a$12$2K0pGXDNwPM1zuPWjcU5CuGE2AqcpxJblNO4cJ.VBjAsQueC4GoUy";

  /** The rules a new password must meet, in words. */
  public static final String RULE = "at least 10 characters, at most 72 bytes";

  public String hash(String password) {
    check(password);
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  /** Whether the password matches the hash; a null hash (unknown user) never matches but costs the same. */
  public boolean verify(String password, String hash) {
    boolean ok = BCrypt.verifyer().verify(password.toCharArray(), hash == null ? DUMMY : hash).verified;
    return ok && hash != null;
  }

  /** @throws IllegalArgumentException when the password breaks {@link #RULE} */
  public static void check(String password) {
    if (password == null || password.length() < 10 || password.getBytes(StandardCharsets.UTF_8).length > 72) {
      throw new IllegalArgumentException("a password needs " + RULE);
    }
  }
}
