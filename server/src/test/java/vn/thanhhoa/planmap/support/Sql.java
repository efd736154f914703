package vn.thanhhoa.planmap.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Direct SQL for tests that check the API against what PostGIS itself says. */
public final class Sql {
  private Sql() {}

  /** The first column of every row, as text. */
  public static List<String> column(DataSource ds, String sql, Object... params) {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static long count(DataSource ds, String sql, Object... params) {
    return Long.parseLong(column(ds, sql, params).get(0));
  }
}
