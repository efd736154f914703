package vn.thanhhoa.planmap.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * The validated configuration of planmap. The compact constructor fails fast, naming the key
 * and the bad value.
 *
 * @param dbUrl            JDBC URL of the PostGIS database ({@code jdbc:postgresql://host:port/db})
 * @param dbUser           database user
 * @param dbPassword       database password (never logged)
 * @param dbOwnerUser      database user that owns the schema and runs the migrations (may equal dbUser)
 * @param dbOwnerPassword  its password (never logged)
 * @param host             bind address of the HTTP server
 * @param port             HTTP port, 0 for any free port (tests), 1–65535 otherwise
 * @param tileUrl          basemap tile URL template, empty for none
 * @param tileAttribution  basemap attribution HTML
 * @param geodata          folder of the source data
 * @param exportLimit      most features one export may hold, ≥ 1
 */
public record AppConfig(
    String dbUrl,
    String dbUser,
    String dbPassword,
    String dbOwnerUser,
    String dbOwnerPassword,
    String host,
    int port,
    String tileUrl,
    String tileAttribution,
    Path geodata,
    long exportLimit) {

  public AppConfig {
    if (!dbUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException(
          Settings.DB_URL.key() + " must start with jdbc:postgresql://, was: " + dbUrl);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(Settings.PORT.key() + " must be 0–65535, was: " + port);
    }
    if (exportLimit < 1) {
      throw new IllegalArgumentException(Settings.EXPORT_LIMIT.key() + " must be ≥ 1, was: " + exportLimit);
    }
  }

  /** Reads and validates every setting. */
  public static AppConfig from(Settings s) {
    return new AppConfig(
        s.get(Settings.DB_URL),
        s.get(Settings.DB_USER),
        s.get(Settings.DB_PASSWORD),
        s.get(Settings.DB_OWNER_USER).isEmpty() ? s.get(Settings.DB_USER) : s.get(Settings.DB_OWNER_USER),
        s.get(Settings.DB_OWNER_USER).isEmpty() ? s.get(Settings.DB_PASSWORD) : s.get(Settings.DB_OWNER_PASSWORD),
        s.get(Settings.HOST),
        parseInt(s, Settings.PORT),
        s.get(Settings.TILE_URL),
        s.get(Settings.TILE_ATTRIBUTION),
        Path.of(s.get(Settings.GEODATA)),
        parseInt(s, Settings.EXPORT_LIMIT));
  }

  /** {@code host:port} of the database, for messages (never the password). */
  public String dbAddress() {
    URI uri = URI.create(dbUrl.substring("jdbc:".length()));
    int p = uri.getPort() == -1 ? 5432 : uri.getPort();
    return uri.getHost() + ":" + p + uri.getPath();
  }

  /** Whether migrations run as another role than the service (the service then owns nothing). */
  public boolean splitsDbRoles() {
    return !dbOwnerUser.equals(dbUser);
  }

  /** A copy with another database, the same user owning the schema and serving (tests). */
  public AppConfig withDatabase(String url, String user, String password) {
    return new AppConfig(url, user, password, user, password, host, port, tileUrl, tileAttribution, geodata,
        exportLimit);
  }

  /** A copy whose migrations run as another database user, the schema's owner. */
  public AppConfig withDbOwner(String user, String password) {
    return new AppConfig(dbUrl, dbUser, dbPassword, user, password, host, port, tileUrl, tileAttribution, geodata,
        exportLimit);
  }

  /** A copy with another HTTP port (tests use 0). */
  public AppConfig withPort(int newPort) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, newPort, tileUrl,
        tileAttribution, geodata, exportLimit);
  }

  /** A copy with another basemap tile URL template, empty for none (browser tests run offline). */
  public AppConfig withTileUrl(String newTileUrl) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, port, newTileUrl,
        tileAttribution, geodata, exportLimit);
  }

  /** A copy with another export limit (tests of the 413 answer). */
  public AppConfig withExportLimit(long newExportLimit) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, port, tileUrl,
        tileAttribution, geodata, newExportLimit);
  }

  private static int parseInt(Settings s, Setting setting) {
    String v = s.get(setting);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(setting.key() + " must be a whole number, was: " + v);
    }
  }
}
