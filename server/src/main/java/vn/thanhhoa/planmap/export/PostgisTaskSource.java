package vn.thanhhoa.planmap.export;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.planmap.export.spi.TaskRow;
import javax.sql.DataSource;
import vn.thanhhoa.planmap.db.Sql;
import vn.thanhhoa.planmap.layer.FeatureQuery;
import vn.thanhhoa.planmap.progress.Timeliness;

/** {@link TaskSource} over PostGIS ({@code sql/export/select_tasks.sql}); every value is a bound parameter. */
public final class PostgisTaskSource implements TaskSource {
  private final DataSource dataSource;

  public PostgisTaskSource(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void forEachTask(FeatureQuery query, Set<String> alsoCodes, Consumer<TaskRow> consumer) {
    try (Connection conn = dataSource.getConnection();
        PreparedStatement st = conn.prepareStatement(Sql.named("export/select_tasks"))) {
      st.setArray(1, conn.createArrayOf("text", query.tasks().toArray()));
      st.setArray(2, conn.createArrayOf("text", query.leads().toArray()));
      setDate(st, 3, query.dueBefore());
      setDate(st, 4, query.dueAfter());
      st.setArray(5, conn.createArrayOf("text", Timeliness.narrowed(query.timeliness(), query.overdue()).toArray()));
      st.setDate(6, Date.valueOf(query.today()));
      st.setArray(7, conn.createArrayOf("text", query.layers().toArray()));
      st.setArray(8, conn.createArrayOf("text", alsoCodes.toArray()));
      st.setTimestamp(9, query.asOf() == null ? null : java.sql.Timestamp.from(query.asOf()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Date due = rs.getDate("due_date");
          consumer.accept(new TaskRow(rs.getString("code"), rs.getString("section"), rs.getString("content"),
              rs.getString("lead_text"), rs.getString("partners_text"), rs.getString("product"),
              rs.getString("deadline_text"), due == null ? null : due.toLocalDate(), rs.getString("progress"),
              rs.getString("timeliness"), (Integer) rs.getObject("days_late"), (Integer) rs.getObject("days_overdue"),
              rs.getString("places")));
        }
      }
    } catch (SQLException e) {
      // ErrorMapping answers 503 when the cause is a lost connection
      throw new IllegalStateException("reading the tasks to export: " + e.getMessage(), e);
    }
  }

  private static void setDate(PreparedStatement st, int i, java.time.LocalDate day) throws SQLException {
    if (day == null) {
      st.setNull(i, Types.DATE);
    } else {
      st.setDate(i, Date.valueOf(day));
    }
  }
}
