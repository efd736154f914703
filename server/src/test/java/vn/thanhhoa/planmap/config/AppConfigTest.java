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

  @Test
  void quotasAreSizesWithUnits() {
    AppConfig dflt = AppConfig.from(new Settings(k -> null));
    assertEquals(200L << 20, dflt.attachmentQuotaUser());
    assertEquals(5L << 30, dflt.attachmentQuotaTotal());
    AppConfig set = AppConfig.from(new Settings(Map.of("PLANMAP_ATTACHMENT_QUOTA_USER", "512 kb",
        "PLANMAP_ATTACHMENT_QUOTA_TOTAL", "1048576")::get));
    assertEquals(512L << 10, set.attachmentQuotaUser());
    assertEquals(1L << 20, set.attachmentQuotaTotal());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppConfig.from(
        new Settings(Map.of("PLANMAP_ATTACHMENT_QUOTA_USER", "lots")::get)));
    assertTrue(e.getMessage().contains("PLANMAP_ATTACHMENT_QUOTA_USER"), e.getMessage());
  }

  @Test
  void tlsNeedsBothReadableFiles() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppConfig.from(
        new Settings(Map.of("PLANMAP_TLS_CERT", "/etc/hostname")::get)));
    assertTrue(e.getMessage().contains("PLANMAP_TLS_KEY"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AppConfig.from(new Settings(Map.of(
        "PLANMAP_TLS_CERT", "/nonexistent/cert.pem", "PLANMAP_TLS_KEY", "/nonexistent/key.pem")::get)));
    assertTrue(e.getMessage().contains("PLANMAP_TLS_CERT") && e.getMessage().contains("/nonexistent/cert.pem"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AppConfig.from(new Settings(Map.of(
        "PLANMAP_TRUSTED_PROXIES", "nginx.local")::get)));
    assertTrue(e.getMessage().contains("PLANMAP_TRUSTED_PROXIES"), e.getMessage());
  }
}
