package vn.thanhhoa.planmap.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The "as of" view: statuses, reports and geometries as they were at the end of a past day (in Thanh
 * Hóa's time zone), with "overdue" judged on that day. The request's {@code as_of} is read by
 * {@code http.QueryParams#asOf}.
 *
 * @param day     the day things are judged on (today when no as_of is asked)
 * @param instant the end of that day, or null for now
 */
public record AsOf(LocalDate day, Instant instant) {

  /** The present: judged today, nothing in the past. */
  public static AsOf now(LocalDate today) {
    return new AsOf(today, null);
  }

  /** The end of a past day (or of today), in Thanh Hóa's time zone. */
  public static AsOf endOf(LocalDate day) {
    return new AsOf(day, day.plusDays(1).atStartOfDay(Today.ZONE).toInstant());
  }
}
