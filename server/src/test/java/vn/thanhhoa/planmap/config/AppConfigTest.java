package vn.thanhhoa.planmap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
  @Test
  void defaultsApplyWhenUnset() {
    AppConfig c = AppConfig.from(new Settings(k -> null));
    assertEquals(7070, c.port());
    assertEquals("127.0.0.1:55432/planmap", c.dbAddress());
    assertTrue(c.tileUrl().contains("openstreetmap"));
  }

  @Test
  void badValuesFailNamingTheKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppConfig.from(new Settings(Map.of("PLANMAP_PORT", "seventy")::get)));
    assertTrue(e.getMessage().contains("PLANMAP_PORT"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AppConfig.from(new Settings(Map.of("PLANMAP_DB_URL", "mysql://x")::get)));
    assertTrue(e.getMessage().contains("PLANMAP_DB_URL"), e.getMessage());
  }

  @Test
  void theLogMasksThePassword() {
    Settings s = new Settings(Map.of("PLANMAP_DB_PASSWORD", "hunter2")::get);
    assertEquals("****", s.describe().get("PLANMAP_DB_PASSWORD"));
    assertFalse(s.describe().toString().contains("hunter2"));
  }

  @Test
  void theSchemaOwnerIsTheServiceUserUnlessSet() {
    AppConfig same = AppConfig.from(new Settings(Map.of("PLANMAP_DB_USER", "svc", "PLANMAP_DB_PASSWORD", "pw")::get));
    assertEquals("svc", same.dbOwnerUser());
    assertEquals("pw", same.dbOwnerPassword());
    assertFalse(same.splitsDbRoles());
    AppConfig split = AppConfig.from(new Settings(Map.of("PLANMAP_DB_USER", "svc", "PLANMAP_DB_PASSWORD", "pw",
        "PLANMAP_DB_OWNER_USER", "owner", "PLANMAP_DB_OWNER_PASSWORD", "secret")::get));
    assertEquals("owner", split.dbOwnerUser());
    assertEquals("secret", split.dbOwnerPassword());
    assertTrue(split.splitsDbRoles());
    assertEquals("****", new Settings(Map.of("PLANMAP_DB_OWNER_PASSWORD", "secret")::get).describe()
        .get("PLANMAP_DB_OWNER_PASSWORD"));
  }
}
