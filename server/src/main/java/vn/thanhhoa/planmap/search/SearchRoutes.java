package vn.thanhhoa.planmap.search;

import vn.thanhhoa.planmap.text.SearchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Caching;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.Routes;

/**
 * {@code GET /search?q=…&limit=…}: features, tasks and agencies whose text holds every word of
 * {@code q}, ignoring case and diacritics ("bac song ma" finds Đại lộ Bắc Sông Mã), best first, each
 * with its kind and a bbox to zoom to.
 */
public final class SearchRoutes implements Routes {
  private static final Set<String> PARAMS = Set.of("q", "limit", "f");

  private final SearchIndex index;
  private final LongSupplier dataVersion;

  public SearchRoutes(SearchIndex index, LongSupplier dataVersion) {
    this.index = index;
    this.dataVersion = dataVersion;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/search", this::search);
  }

  private void search(Context ctx) {
    QueryParams params = new QueryParams(ctx.queryParamMap(), PARAMS);
    params.choice("f", List.of("json"), "json");
    String q = params.text("q");
    String phrase = SearchText.fold(q);
    if (phrase.isEmpty()) {
      throw new BadRequestException("q", "'q' needs at least one letter or digit", "text, with or without diacritics");
    }
    int limit = (int) params.integer("limit", 1, 100, 10);
    if (Caching.notModified(ctx, dataVersion.getAsLong())) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("results", index.search(phrase, limit));
    ctx.json(body);
  }
}
