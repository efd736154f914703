package vn.thanhhoa.planmap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void theUnknownUsersHashCostsWhatARealOneCosts() {
    BCrypt.Result dummy = BCrypt.verifyer().verify("not a password".toCharArray(), PasswordHasher.DUMMY);
    assertTrue(dummy.verified, "the written-out hash is a real bcrypt hash of its phrase");
    String real = hasher.hash("a real password");
    assertEquals(real.substring(0, 7), PasswordHasher.DUMMY.substring(0, 7), "same version and cost");
  }

  @Test
  void anUnknownUserNeverMatches() {
    assertFalse(hasher.verify("not a password", null));
    assertTrue(hasher.verify("a real password", hasher.hash("a real password")));
  }
}
