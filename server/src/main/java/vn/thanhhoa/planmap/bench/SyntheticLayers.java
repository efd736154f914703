package vn.thanhhoa.planmap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.thanhhoa.planmap.db.Sql;

/** Synthetic benchmark layers ({@code bench-10k} …) of small polygons spread over the region. */
final class SyntheticLayers {
  private final DataSource dataSource;

  SyntheticLayers(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates the layer with n features unless it already holds exactly n. */
  void ensure(String layerId, int n) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM feature WHERE layer_id = ?")) {
        st.setString(1, layerId);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          if (rs.getLong(1) == n) {
            return;
          }
        }
      }
      try (PreparedStatement st = c.prepareStatement("DELETE FROM layer WHERE id = ?")) {
        st.setString(1, layerId);
        st.executeUpdate();
      }
      System.out.printf("generating %s (%,d features)…%n", layerId, n);
      try (PreparedStatement st = c.prepareStatement(Sql.named("bench/insert_synthetic_layer"))) {
        st.setString(1, layerId);
        st.setString(2, layerId);
        st.setString(3, layerId);
        st.setInt(4, n);
        st.setString(5, layerId);
        st.execute();
      }
    }
  }
}
