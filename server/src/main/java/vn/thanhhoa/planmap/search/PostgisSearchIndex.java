package vn.thanhhoa.planmap.search;

import java.util.List;
import vn.thanhhoa.planmap.db.Jdbc;

/** {@link SearchIndex} over the folded {@code search_text} columns of PostGIS. */
public final class PostgisSearchIndex implements SearchIndex {
  private final Jdbc jdbc;

  public PostgisSearchIndex(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SearchHit> search(String phrase, int limit) {
    return jdbc.list("searching for '" + phrase + "'", "search/search_all", rs -> {
      double[] bbox = rs.getObject("xmin") == null ? null : new double[] {
          rs.getDouble("xmin"), rs.getDouble("ymin"), rs.getDouble("xmax"), rs.getDouble("ymax")};
      return new SearchHit(rs.getString("kind"), rs.getString("id"), rs.getString("title"), rs.getString("title_en"),
          rs.getString("subtitle"), rs.getString("layer"), bbox, rs.getInt("score"));
    }, phrase, phrase.split(" "), limit);
  }
}
