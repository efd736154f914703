package vn.thanhhoa.planmap.http;

/**
 * Server-rendered HTML pages of the API (for people browsing without the map). Every value passes
 * through {@link #escape} before it reaches the page.
 */
public final class Html {
  private Html() {}

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String escape(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An anchor; href and text are escaped. */
  public static String link(String href, Object text) {
    return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
  }

  /**
   * A whole page.
   *
   * @param title       page title (escaped)
   * @param jsonHref    link to the JSON of the same resource
   * @param bodyHtml    already-escaped body markup
   */
  public static String page(String title, String jsonHref, String bodyHtml) {
    return """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s — planmap</title>
        <style>
        body{font-family:"Noto Sans","Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;
        line-height:1.45;color:#1d1d1f}
        table{border-collapse:collapse;width:100%%}td,th{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;
        vertical-align:top}th{background:#eef}nav a{margin-right:1rem}code{background:#f3f3f6;padding:0 .2rem}
        .note{color:#555;font-size:.9rem}
        </style></head><body>
        <nav><a href="/">Bản đồ · Map</a><a href="/?f=html">API</a><a href="/collections?f=html">Lớp · Layers</a>
        <a href="/tasks?f=html">Nhiệm vụ · Tasks</a><a href="%s">JSON</a></nav>
        <h1>%s</h1>
        %s
        <p class="note">Hình học là sơ đồ do planmap vẽ từ các điểm tham chiếu công khai, không phải số liệu đo đạc.
        Geometries are schematic, drawn by planmap from public reference points, not surveyed.</p>
        </body></html>
        """.formatted(escape(title), escape(jsonHref), escape(title), bodyHtml);
  }
}
