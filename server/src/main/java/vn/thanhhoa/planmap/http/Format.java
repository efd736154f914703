package vn.thanhhoa.planmap.http;

import io.javalin.http.Context;
import java.util.List;

/**
 * The representation a client asked for: {@code f=json|html} when given, else the Accept header
 * (HTML for browsers, JSON for programs, JSON when in doubt). An Accept header that admits neither JSON
 * nor HTML (e.g. only {@code application/xml}) and no {@code f} is a 406 problem.
 */
public enum Format {
  JSON,
  HTML;

  public static final List<String> NAMES = List.of("json", "html");
  /** The {@code f} parameter of the endpoints that answer in JSON or HTML. */
  public static final Parameter PARAMETER = Parameter.of("f", "Format: json or html (default: by the Accept header)",
      Parameter.oneOf(NAMES, null), "json");
  /** The parameters of an endpoint that takes nothing but {@code f}. */
  public static final Parameters ONLY = Parameters.of(PARAMETER);

  /** The requested format; the {@code f} value is read through the request's validated params. */
  public static Format of(Context ctx, QueryParams params) {
    String f = params.choice("f", NAMES, null);
    if (f != null) {
      return f.equals("html") ? HTML : JSON;
    }
    String accept = ctx.header("Accept");
    if (!acceptsAny(accept)) {
      throw new ProblemException(406, "Not acceptable", "planmap answers in JSON (GeoJSON, JSON Schema, OpenAPI) or"
          + " HTML; the Accept header admits neither: " + accept + ". Use f=json or f=html.",
          java.util.Map.of("parameter", "Accept", "allowed", List.of("application/json", "application/geo+json",
              "text/html")));
    }
    return prefersHtml(accept) ? HTML : JSON;
  }

  /** True when the header is absent or admits some JSON type or HTML (wildcards count). */
  static boolean acceptsAny(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String part : accept.split(",")) {
      String[] bits = part.strip().split(";");
      String type = bits[0].strip().toLowerCase();
      boolean refused = false;
      for (int i = 1; i < bits.length; i++) {
        String b = bits[i].strip().replace(" ", "");
        refused |= b.equals("q=0") || b.matches("q=0\\.0*");
      }
      if (!refused && (type.equals("*/*") || type.equals("*") || type.equals("application/*") || type.equals("text/*")
          || type.endsWith("json") || type.equals("text/html") || type.equals("application/xhtml+xml"))) {
        return true;
      }
    }
    return false;
  }

  /** True when the Accept header ranks text/html above every JSON type. */
  static boolean prefersHtml(String accept) {
    if (accept == null) {
      return false;
    }
    double html = -1;
    double json = -1;
    for (String part : accept.split(",")) {
      String[] bits = part.strip().split(";");
      String type = bits[0].strip().toLowerCase();
      double q = 1;
      for (int i = 1; i < bits.length; i++) {
        String b = bits[i].strip();
        if (b.startsWith("q=")) {
          try {
            q = Double.parseDouble(b.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
        html = Math.max(html, q);
      } else if (type.endsWith("json")) {
        json = Math.max(json, q);
      }
    }
    return html > json;
  }
}
