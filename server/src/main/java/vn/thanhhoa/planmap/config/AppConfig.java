package vn.thanhhoa.planmap.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.thanhhoa.planmap.net.AddressRanges;

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
 * @param tls              certificate and key of built-in HTTPS, null for plain HTTP
 * @param trustedProxies   reverse proxies whose X-Forwarded-Proto and X-Forwarded-For are believed
 * @param attachmentQuotaUser  bytes the attachments of one author's reports may take
 * @param attachmentQuotaTotal bytes all attachments may take
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
    long exportLimit,
    Tls tls,
    AddressRanges trustedProxies,
    long attachmentQuotaUser,
    long attachmentQuotaTotal) {

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
        parseInt(s, Settings.EXPORT_LIMIT),
        Tls.of(s.get(Settings.TLS_CERT), s.get(Settings.TLS_KEY)),
        proxies(s.get(Settings.TRUSTED_PROXIES)),
        bytes(s, Settings.ATTACHMENT_QUOTA_USER),
        bytes(s, Settings.ATTACHMENT_QUOTA_TOTAL));
  }

  /** A copy with other attachment quotas, in bytes (tests). */
  public AppConfig withAttachmentQuotas(long perUser, long total) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, port, tileUrl,
        tileAttribution, geodata, exportLimit, tls, trustedProxies, perUser, total);
  }

  /** A size such as {@code 200MB}, {@code 5 GB}, {@code 512kb} or a number of bytes. */
  private static long bytes(Settings s, Setting setting) {
    String v = s.get(setting);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d{1,12})\\s*(B|KB|MB|GB)?").matcher(v);
    if (!m.matches()) {
      throw new IllegalArgumentException(setting.key() + " must be a size such as 200MB or 5GB, was: " + v);
    }
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase();
    int shift = switch (unit) {
      case "KB" -> 10;
      case "MB" -> 20;
      case "GB" -> 30;
      default -> 0;
    };
    return Long.parseLong(m.group(1)) << shift;
  }

  /**
   * Built-in HTTPS: the PEM files of the certificate (chain) and of its private key.
   *
   * @param cert {@code PLANMAP_TLS_CERT}
   * @param key  {@code PLANMAP_TLS_KEY}
   */
  public record Tls(Path cert, Path key) {
    /** Both files, or null when neither setting is given. */
    static Tls of(String cert, String key) {
      if (cert.isEmpty() && key.isEmpty()) {
        return null;
      }
      if (cert.isEmpty() || key.isEmpty()) {
        throw new IllegalArgumentException("set both " + Settings.TLS_CERT.key() + " and " + Settings.TLS_KEY.key()
            + " for HTTPS, or neither");
      }
      for (String[] f : new String[][] {{Settings.TLS_CERT.key(), cert}, {Settings.TLS_KEY.key(), key}}) {
        if (!Files.isReadable(Path.of(f[1]))) {
          throw new IllegalArgumentException(f[0] + " names no readable file: " + f[1]);
        }
      }
      return new Tls(Path.of(cert), Path.of(key));
    }
  }

  /** A copy serving HTTPS with the given PEM files (null: plain HTTP). */
  public AppConfig withTls(Tls newTls) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, port, tileUrl,
        tileAttribution, geodata, exportLimit, newTls, trustedProxies, attachmentQuotaUser, attachmentQuotaTotal);
  }

  /** A copy believing X-Forwarded-* from these proxies. */
  public AppConfig withTrustedProxies(AddressRanges newTrustedProxies) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, port, tileUrl,
        tileAttribution, geodata, exportLimit, tls, newTrustedProxies, attachmentQuotaUser, attachmentQuotaTotal);
  }

  private static AddressRanges proxies(String list) {
    try {
      return AddressRanges.parse(list);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Settings.TRUSTED_PROXIES.key() + ": " + e.getMessage());
    }
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
        exportLimit, tls, trustedProxies,
        attachmentQuotaUser, attachmentQuotaTotal);
  }

  /** A copy whose migrations run as another database user, the schema's owner. */
  public AppConfig withDbOwner(String user, String password) {
    return new AppConfig(dbUrl, dbUser, dbPassword, user, password, host, port, tileUrl, tileAttribution, geodata,
        exportLimit, tls, trustedProxies,
        attachmentQuotaUser, attachmentQuotaTotal);
  }

  /** A copy with another HTTP port (tests use 0). */
  public AppConfig withPort(int newPort) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, newPort, tileUrl,
        tileAttribution, geodata, exportLimit, tls,
        trustedProxies, attachmentQuotaUser, attachmentQuotaTotal);
  }

  /** A copy with another basemap tile URL template, empty for none (browser tests run offline). */
  public AppConfig withTileUrl(String newTileUrl) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, port, newTileUrl,
        tileAttribution, geodata, exportLimit, tls,
        trustedProxies, attachmentQuotaUser, attachmentQuotaTotal);
  }

  /** A copy with another geodata folder (tests of a start over changed files). */
  public AppConfig withGeodata(Path newGeodata) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, port, tileUrl,
        tileAttribution, newGeodata, exportLimit, tls,
        trustedProxies, attachmentQuotaUser, attachmentQuotaTotal);
  }

  /** A copy with another export limit (tests of the 413 answer). */
  public AppConfig withExportLimit(long newExportLimit) {
    return new AppConfig(dbUrl, dbUser, dbPassword, dbOwnerUser, dbOwnerPassword, host, port, tileUrl,
        tileAttribution, geodata, newExportLimit, tls,
        trustedProxies, attachmentQuotaUser, attachmentQuotaTotal);
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
