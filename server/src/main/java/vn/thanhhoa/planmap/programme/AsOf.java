package vn.thanhhoa.planmap.programme;

import java.time.Instant;
import java.time.LocalDate;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.QueryParams;

/**
 * The "as of" view: statuses, reports and geometries as they were at the end of a past day (in Thanh
 * Hóa's time zone), with "overdue" judged on that day.
 *
 * @param day     the day things are judged on (today when no as_of is asked)
 * @param instant the end of that day, or null for now
 */
public record AsOf(LocalDate day, Instant instant) {

  /**
   * Reads {@code as_of=yyyy-mm-dd}.
   *
   * @throws BadRequestException for a malformed date or a day after today
   */
  public static AsOf of(QueryParams params, LocalDate today) {
    LocalDate day = params.date("as_of");
    if (day == null) {
      return new AsOf(today, null);
    }
    if (day.isAfter(today)) {
      throw new BadRequestException("as_of", "'as_of' must be a past day or today, was: " + day, "yyyy-mm-dd ≤ today");
    }
    return new AsOf(day, day.plusDays(1).atStartOfDay(Today.ZONE).toInstant());
  }
}
