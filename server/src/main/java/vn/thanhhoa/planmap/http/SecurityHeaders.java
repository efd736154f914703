package vn.thanhhoa.planmap.http;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The protective headers of every answer (the map, the API's HTML pages, JSON, files): a
 * Content-Security-Policy that allows only planmap's own scripts, styles, fonts and requests, plus images
 * from the configured basemap tile host; no framing by any site ({@code frame-ancestors 'none'} and
 * {@code X-Frame-Options: DENY}); {@code X-Content-Type-Options: nosniff}; and a Referrer-Policy that
 * sends tile servers the origin only (OpenStreetMap's tile policy asks for one), never a path.
 *
 * <p>Styles allow {@code 'unsafe-inline'}: Leaflet and the map's markers colour features through style
 * attributes. Scripts never do: every script is a file served by planmap.
 */
public final class SecurityHeaders {
  private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#]+)");

  private final String policy;

  /** @param tileUrl the basemap tile URL template ({@code {s}} allowed in the host), empty for none */
  public SecurityHeaders(String tileUrl) {
    String tiles = tileOrigin(tileUrl);
    this.policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:"
        + (tiles.isEmpty() ? "" : " " + tiles) + "; font-src 'self'; connect-src 'self'; object-src 'none';"
        + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  }

  /** The policy sent in Content-Security-Policy. */
  public String policy() {
    return policy;
  }

  /** Adds the headers to a response (a before-handler, so they hold for errors and static files too). */
  public void apply(Context ctx) {
    ctx.header("Content-Security-Policy", policy);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  /**
   * The CSP source of a tile URL template: its scheme and host, {@code {s}} (subdomains) as {@code *};
   * empty when there is no template or it is not http(s).
   */
  static String tileOrigin(String tileUrl) {
    if (tileUrl == null) {
      return "";
    }
    Matcher m = ORIGIN.matcher(tileUrl.strip());
    if (!m.find()) {
      return "";
    }
    return m.group(1).replaceAll("\\{[a-z]+\\}", "*").replaceAll("[^A-Za-z0-9.:/*\\[\\]-]", "");
  }
}
