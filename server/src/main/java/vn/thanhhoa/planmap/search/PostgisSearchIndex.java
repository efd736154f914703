package vn.thanhhoa.planmap.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.thanhhoa.planmap.db.DatabaseUnavailableException;
import vn.thanhhoa.planmap.db.Sql;

/** {@link SearchIndex} over the folded {@code search_text} columns of PostGIS. */
public final class PostgisSearchIndex implements SearchIndex {
  private final DataSource dataSource;

  public PostgisSearchIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<SearchHit> search(String phrase, int limit) {
    List<SearchHit> hits = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(Sql.named("search/search_all"))) {
      st.setString(1, phrase);
      st.setArray(2, c.createArrayOf("text", phrase.split(" ")));
      st.setInt(3, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          double[] bbox = rs.getObject("xmin") == null ? null : new double[] {
              rs.getDouble("xmin"), rs.getDouble("ymin"), rs.getDouble("xmax"), rs.getDouble("ymax")};
          hits.add(new SearchHit(rs.getString("kind"), rs.getString("id"), rs.getString("title"),
              rs.getString("title_en"), rs.getString("subtitle"), rs.getString("layer"), bbox, rs.getInt("score")));
        }
      }
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("searching for '" + phrase + "'", e);
    }
    return hits;
  }
}
