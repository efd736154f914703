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
 * The links of an items page: self, alternate, collection, and next/prev while pages remain (clients
 * such as QGIS stop paging when {@code next} is missing).
 */
final class ItemLinks {
  private static final Set<String> PAGING = Set.of("f", "limit", "offset");

  private ItemLinks() {}

  static List<Map<String, String>> of(Context ctx, String base, String layerId, FeatureQuery q, long matched) {
    String items = base + "/collections/" + layerId + "/items";
    String filters = filters(ctx);
    List<Map<String, String>> links = new ArrayList<>();
    links.add(link(page(items, filters, "json", q.limit(), q.offset()), "self", LayerRoutes.GEOJSON, "This page"));
    links.add(link(page(items, filters, "html", q.limit(), q.offset()), "alternate", "text/html",
        "This page as HTML"));
    links.add(link(base + "/collections/" + layerId + "?f=json", "collection", "application/json", "The layer"));
    if (q.offset() + q.limit() < matched) {
      links.add(link(page(items, filters, "json", q.limit(), q.offset() + q.limit()), "next", LayerRoutes.GEOJSON,
          "Next page"));
    }
    if (q.offset() > 0) {
      links.add(link(page(items, filters, "json", q.limit(), Math.max(0, q.offset() - q.limit())), "prev",
          LayerRoutes.GEOJSON, "Previous page"));
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

  private static String page(String items, String filters, String f, int limit, long offset) {
    return items + "?f=" + f + "&limit=" + limit + "&offset=" + offset + filters;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
