package vn.thanhhoa.planmap.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar day in Thanh Hóa (Asia/Ho_Chi_Minh), on which deadlines and "overdue" are judged. */
public final class Today {
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Today() {}

  public static LocalDate in(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
