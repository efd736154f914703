package vn.thanhhoa.planmap.programme;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.thanhhoa.planmap.db.DatabaseUnavailableException;
import vn.thanhhoa.planmap.db.Sql;

/** {@link TaskCatalog} over PostGIS. */
public final class PostgisTaskCatalog implements TaskCatalog {
  private final DataSource dataSource;

  public PostgisTaskCatalog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<String> tasks(TaskFilter f) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(Sql.named("programme/select_tasks"))) {
      st.setDate(1, Date.valueOf(f.asOf().day()));
      st.setTimestamp(2, f.asOf().instant() == null ? null : java.sql.Timestamp.from(f.asOf().instant()));
      st.setString(3, f.code());
      st.setArray(4, f.sections().isEmpty() ? null : c.createArrayOf("text", f.sections().toArray()));
      st.setArray(5, f.leads().isEmpty() ? null : c.createArrayOf("text", f.leads().toArray()));
      st.setDate(6, f.dueBefore() == null ? null : Date.valueOf(f.dueBefore()));
      st.setDate(7, f.dueAfter() == null ? null : Date.valueOf(f.dueAfter()));
      setBoolean(st, 8, f.overdue());
      setBoolean(st, 9, f.ongoing());
      st.setArray(10, f.words().isEmpty() ? null : c.createArrayOf("text", f.words().toArray()));
      return rows(st);
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("reading tasks", e);
    }
  }

  @Override
  public List<String> sections() {
    return all("programme/select_sections", "reading sections");
  }

  @Override
  public List<String> agencies() {
    return all("programme/select_agencies", "reading agencies");
  }

  @Override
  public List<String> indicators() {
    return all("programme/select_indicators", "reading indicators");
  }

  private List<String> all(String sql, String what) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(Sql.named(sql))) {
      return rows(st);
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap(what, e);
    }
  }

  private static List<String> rows(PreparedStatement st) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static void setBoolean(PreparedStatement st, int i, Boolean b) throws SQLException {
    if (b == null) {
      st.setNull(i, Types.BOOLEAN);
    } else {
      st.setBoolean(i, b);
    }
  }

}
