package vn.thanhhoa.planmap.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Every configuration key of planmap, with its description and default, in one place. */
public final class Settings {

  public static final Setting DB_URL = new Setting("PLANMAP_DB_URL",
      "JDBC URL of the PostGIS database", "jdbc:postgresql://127.0.0.1:55432/planmap", false);
  public static final Setting DB_USER = new Setting("PLANMAP_DB_USER", "database user", "planmap", false);
  public static final Setting DB_PASSWORD = new Setting("PLANMAP_DB_PASSWORD", "database password", "", true);
  public static final Setting DB_OWNER_USER = new Setting("PLANMAP_DB_OWNER_USER",
      "database user that owns the schema and runs the migrations; empty: PLANMAP_DB_USER", "", false);
  public static final Setting DB_OWNER_PASSWORD = new Setting("PLANMAP_DB_OWNER_PASSWORD",
      "password of PLANMAP_DB_OWNER_USER (empty with an empty owner user: PLANMAP_DB_PASSWORD)", "", true);
  public static final Setting PORT = new Setting("PLANMAP_PORT", "HTTP port of the map and API", "7070", false);
  public static final Setting HOST = new Setting("PLANMAP_HOST",
      "address the HTTP server binds to", "0.0.0.0", false);
  public static final Setting TILE_URL = new Setting("PLANMAP_TILE_URL",
      "basemap tile URL template ({z}/{x}/{y}); empty for no basemap",
      "https://tile.openstreetmap.org/{z}/{x}/{y}.png", false);
  public static final Setting TILE_ATTRIBUTION = new Setting("PLANMAP_TILE_ATTRIBUTION",
      "attribution (HTML) shown for the basemap",
      "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors", false);
  public static final Setting GEODATA = new Setting("PLANMAP_GEODATA",
      "folder of the source data loaded at start-up", "geodata", false);
  public static final Setting EXPORT_LIMIT = new Setting("PLANMAP_EXPORT_MAX_FEATURES",
      "most features one export may hold (larger requests get 413)", "1000000", false);

  public static final Setting TLS_CERT = new Setting("PLANMAP_TLS_CERT",
      "PEM file of the server's certificate (then any intermediates); with PLANMAP_TLS_KEY, HTTPS on PLANMAP_PORT",
      "", false);
  public static final Setting TLS_KEY = new Setting("PLANMAP_TLS_KEY",
      "PEM file of the certificate's private key (PKCS#8, RSA or EC; not encrypted)", "", false);
  public static final Setting TRUSTED_PROXIES = new Setting("PLANMAP_TRUSTED_PROXIES",
      "addresses or CIDR ranges (comma-separated) of reverse proxies whose X-Forwarded-Proto and X-Forwarded-For"
          + " are believed; empty: none", "", false);

  public static final Setting ATTACHMENT_QUOTA_USER = new Setting("PLANMAP_ATTACHMENT_QUOTA_USER",
      "most bytes the attachments of one reporter's reports may take (suffix KB, MB or GB; 1 MB = 1024² bytes);"
          + " beyond: 413", "200MB", false);
  public static final Setting ATTACHMENT_QUOTA_TOTAL = new Setting("PLANMAP_ATTACHMENT_QUOTA_TOTAL",
      "most bytes all attachments may take together (suffix KB, MB or GB); beyond: 507", "5GB", false);

  public static final List<Setting> ALL =
      List.of(DB_URL, DB_USER, DB_PASSWORD, DB_OWNER_USER, DB_OWNER_PASSWORD, PORT, HOST, TILE_URL, TILE_ATTRIBUTION,
          GEODATA, EXPORT_LIMIT, TLS_CERT, TLS_KEY, TRUSTED_PROXIES, ATTACHMENT_QUOTA_USER, ATTACHMENT_QUOTA_TOTAL);

  private final Function<String, String> source;

  /** @param source looks a key up, returning null when unset (e.g. {@code System::getenv}) */
  public Settings(Function<String, String> source) {
    this.source = source;
  }

  /** The value of a setting: the source's, or the default when unset or blank. */
  public String get(Setting setting) {
    String value = source.apply(setting.key());
    return value == null || value.isBlank() ? setting.defaultValue() : value.trim();
  }

  /** Every setting with its effective value, secrets masked: for the start-up log. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Setting s : ALL) {
      String v = get(s);
      out.put(s.key(), s.secret() && !v.isEmpty() ? "****" : v);
    }
    return out;
  }
}
