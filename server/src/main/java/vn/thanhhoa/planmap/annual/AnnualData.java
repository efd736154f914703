package vn.thanhhoa.planmap.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * What the annual evaluation report holds, read from the database for one year.
 *
 * @param year       the year evaluated
 * @param day        the day things are judged on (the as-of day: by default the year's last day)
 * @param issued     the day the report is issued (today), for the place-and-date line
 * @param tasks      every task, in programme order
 * @param indicators the section II indicators with the year's actual values
 * @param places     the places as they were on the day, with their tasks' most pressing timeliness
 */
public record AnnualData(int year, LocalDate day, LocalDate issued, List<Task> tasks, List<Indicator> indicators,
    List<Place> places) {

  /**
   * One task.
   *
   * @param leadNames     the lead agencies' names ("; "-joined), for grouping the late and overdue tasks
   * @param reportStatus  the latest counting report's status, null when none
   * @param reportDate    its claimed date, null when none
   * @param documentRef   its document reference, null when none
   */
  public record Task(String code, String section, String sectionTitle, String content, String lead, String leadNames,
      String deadlineText, LocalDate due, String progress, String timeliness, Integer daysLate, Integer daysOverdue,
      String reportStatus, LocalDate reportDate, String documentRef) {}

  /** One indicator: its target (value, unit, year or period) and the actual value entered for the year, or null. */
  public record Indicator(String id, String section, String nameVi, String nameEn, BigDecimal target, String unit,
      String unitEn, Integer targetYear, String period, BigDecimal actual, String note) {}

  /** One place in WGS84 lon/lat, with the most pressing timeliness of its tasks (null: no task). */
  public record Place(String id, String layer, Geometry geometry, String timeliness) {}
}
