package vn.thanhhoa.planmap.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one reading of a calendar date: {@code yyyy-mm-dd}, a real day, from {@link #MIN} to {@link #MAX}.
 * Anything else is a {@link DateTimeException} saying what is wrong (the request layer,
 * {@code http.DateField}, names the field in its 400); the database never sees a year such as -4714 or
 * +999999999.
 */
public final class IsoDate {
  /** Earliest date planmap accepts. */
  public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  /** Latest date planmap accepts. */
  public static final LocalDate MAX = LocalDate.of(2100, 12, 31);
  /** What a date looks like, for problem bodies. */
  public static final String FORM = "yyyy-mm-dd, from " + MIN + " to " + MAX;

  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private IsoDate() {}

  /**
   * Reads a date.
   *
   * @param value the text, not null
   * @throws DateTimeException when it is not a day written yyyy-mm-dd ("must be an ISO date such as
   *     2023-03-31") or lies outside {@link #MIN} to {@link #MAX} ("must lie from 1900-01-01 to 2100-12-31")
   */
  public static LocalDate parse(String value) {
    LocalDate d = null;
    if (SHAPE.matcher(value).matches()) {
      try {
        d = LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        d = null;
      }
    }
    if (d == null) {
      throw new DateTimeException("must be an ISO date such as 2023-03-31");
    }
    if (d.isBefore(MIN) || d.isAfter(MAX)) {
      throw new DateTimeException("must lie from " + MIN + " to " + MAX);
    }
    return d;
  }
}
