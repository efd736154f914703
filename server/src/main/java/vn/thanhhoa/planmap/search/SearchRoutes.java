package vn.thanhhoa.planmap.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.ReadRequest;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * {@code GET /search?q=…&limit=…}: features, tasks and agencies whose text holds every word of
 * {@code q}, ignoring case and diacritics ("bac song ma" finds Đại lộ Bắc Sông Mã), best first, each
 * with its kind and a bbox to zoom to.
 */
public final class SearchRoutes implements Routes {
  /** The parameters of {@code GET /search}. */
  public static final Parameters PARAMS = Parameters.of(
      Parameter.of("q", "Search text", Parameter.text(), "bac song ma").asRequired(),
      Parameter.of("limit", "Most results", Parameter.integer(1, 100, 10L), "5"),
      Parameter.of("f", "json", Parameter.oneOf(List.of("json"), "json"), "json"));

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
    ReadRequest read = ReadRequest.of(ctx, PARAMS);
    QueryParams params = read.params();
    params.choice("f", List.of("json"), "json");
    String q = params.text("q");
    String phrase = SearchText.fold(q);
    if (phrase.isEmpty()) {
      throw new BadRequestException("q", "'q' needs at least one letter or digit", "text, with or without diacritics");
    }
    int limit = (int) params.integer("limit", 1, 100, 10);
    if (read.notModified(dataVersion.getAsLong())) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("results", index.search(phrase, limit));
    ctx.json(body);
  }
}
