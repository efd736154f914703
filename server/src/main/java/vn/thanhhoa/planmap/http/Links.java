package vn.thanhhoa.planmap.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Absolute links of the API, from the request's own scheme and host. */
public final class Links {
  private Links() {}

  /** {@code scheme://host[:port]} of the request (https also behind a trusted TLS proxy). */
  public static String base(Context ctx) {
    String host = ctx.host();
    return (ClientConnection.https(ctx) ? "https" : "http") + "://" + (host == null ? "localhost" : host);
  }

  /** One link object of OGC API / RFC 8288 form. */
  public static Map<String, String> link(String href, String rel, String type, String title) {
    Map<String, String> l = new LinkedHashMap<>();
    l.put("href", href);
    l.put("rel", rel);
    l.put("type", type);
    if (title != null) {
      l.put("title", title);
    }
    return l;
  }
}
