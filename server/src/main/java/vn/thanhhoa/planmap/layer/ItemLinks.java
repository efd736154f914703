package vn.thanhhoa.planmap.layer;

import static vn.thanhhoa.planmap.http.Links.link;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links of an items page: self, alternate, collection, {@code next} while features remain (clients such as QGIS
 * stop paging when it is missing) and {@code prev} after the first page. {@code next} carries a keyset
 * {@link PageCursor} after the page's last feature, whether the page itself was found by offset or by cursor, so
 * that following it costs the same at any depth; {@code prev} steps back by offset on a page found by offset and
 * by a cursor before the page's first feature on a page found by cursor.
 */
final class ItemLinks {
  private static final Set<String> PAGING = Set.of("f", "limit", "offset", PageCursor.PARAMETER);

  private ItemLinks() {}

  /** @param read the page as it was sent (its first and last features) */
  static List<Map<String, String>> of(Context ctx, String base, String layerId, FeatureQuery q, ItemsPage read) {
    String items = base + "/collections/" + layerId + "/items";
    String filters = filters(ctx);
    String here = q.after() != null ? cursor(q.after()) : "&offset=" + q.offset();
    List<Map<String, String>> links = new ArrayList<>();
    links.add(link(page(items, filters, "json", q.limit(), here), "self", LayerRoutes.GEOJSON, "This page"));
    links.add(link(page(items, filters, "html", q.limit(), here), "alternate", "text/html", "This page as HTML"));
    links.add(link(base + "/collections/" + layerId + "?f=json", "collection", "application/json", "The layer"));
    if (read.next() != null) {
      links.add(link(page(items, filters, "json", q.limit(), cursor(read.next())), "next", LayerRoutes.GEOJSON,
          "Next page"));
    }
    if (read.prev() != null) {
      links.add(link(page(items, filters, "json", q.limit(), cursor(read.prev())), "prev", LayerRoutes.GEOJSON,
          "Previous page"));
    } else if (q.after() == null && q.offset() > 0) {
      links.add(link(page(items, filters, "json", q.limit(), "&offset=" + Math.max(0, q.offset() - q.limit())),
          "prev", LayerRoutes.GEOJSON, "Previous page"));
    }
    return links;
  }

  /** The same page in HTML, for the HTML view's own paging. */
  static String htmlPage(String href) {
    return href.replace("f=json", "f=html");
  }

  private static String filters(Context ctx) {
    StringBuilder sb = new StringBuilder();
    ctx.queryParamMap().entrySet().stream()
        .filter(e -> !PAGING.contains(e.getKey()))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append('&').append(enc(e.getKey())).append('=').append(enc(e.getValue().get(0))));
    return sb.toString();
  }

  private static String cursor(PageCursor c) {
    return "&" + PageCursor.PARAMETER + "=" + c.token();
  }

  private static String page(String items, String filters, String f, int limit, String position) {
    return items + "?f=" + f + "&limit=" + limit + position + filters;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
