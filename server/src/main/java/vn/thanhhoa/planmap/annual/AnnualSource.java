package vn.thanhhoa.planmap.annual;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import vn.thanhhoa.planmap.db.Jdbc;

/** Reads an {@link AnnualData} from PostGIS ({@code sql/annual/*.sql}); progress and timeliness from task_state. */
public final class AnnualSource {
  private final Jdbc jdbc;

  public AnnualSource(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param day    the day judged on
   * @param asOf   the end of that day (reports and places as they stood then), or null for now
   * @param issued the day of issue
   */
  public AnnualData read(int year, LocalDate day, Instant asOf, LocalDate issued) {
    return jdbc.transaction("reading the annual report of " + year, tx -> {
      List<AnnualData.Task> tasks = tx.list("annual/select_tasks", AnnualSource::task, day, asOf);
      List<AnnualData.Indicator> indicators = tx.list("annual/select_indicators", rs -> new AnnualData.Indicator(
          rs.getString("id"), rs.getString("section"), rs.getString("name_vi"), rs.getString("name_en"),
          rs.getBigDecimal("target"), rs.getString("unit"), rs.getString("unit_en"),
          (Integer) rs.getObject("target_year"), rs.getString("period"), rs.getBigDecimal("actual"),
          rs.getString("note")), year);
      WKBReader wkb = new WKBReader();
      List<AnnualData.Place> places = tx.list("annual/select_places", rs -> {
        try {
          return new AnnualData.Place(rs.getString("id"), rs.getString("layer_id"), wkb.read(rs.getBytes("wkb")),
              rs.getString("timeliness"));
        } catch (ParseException e) {
          throw new IllegalStateException("reading the geometry of " + rs.getString("id"), e);
        }
      }, asOf, day, asOf);
      return new AnnualData(year, day, issued, tasks, indicators, places);
    });
  }

  private static AnnualData.Task task(ResultSet rs) throws SQLException {
    return new AnnualData.Task(rs.getString("code"), rs.getString("section"), rs.getString("section_title"),
        rs.getString("content"), rs.getString("lead_text"), rs.getString("lead_names"), rs.getString("deadline_text"),
        day(rs.getDate("due_date")), rs.getString("progress"), rs.getString("timeliness"),
        (Integer) rs.getObject("days_late"), (Integer) rs.getObject("days_overdue"), rs.getString("report_status"),
        day(rs.getDate("report_date")), rs.getString("document_ref"));
  }

  private static LocalDate day(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
