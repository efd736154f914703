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
}
