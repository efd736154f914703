package vn.thanhhoa.planmap.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one reading of a calendar date in a request (query parameter or JSON member): {@code yyyy-mm-dd},
 * a real day, from {@link #MIN} to {@link #MAX}. Anything else is a {@link BadRequestException} naming
 * the field; the database never sees a year such as -4714 or +999999999.
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
   * @param field the parameter or member it came from (named in the problem)
   * @param value the text, not null
   * @throws BadRequestException when it is not a day from {@link #MIN} to {@link #MAX} written yyyy-mm-dd
   */
  public static LocalDate parse(String field, String value) {
    LocalDate d = null;
    if (SHAPE.matcher(value).matches()) {
      try {
        d = LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        d = null;
      }
    }
    if (d == null) {
      throw new BadRequestException(field, "'" + field + "' must be an ISO date such as 2023-03-31, was: " + value,
          FORM);
    }
    if (d.isBefore(MIN) || d.isAfter(MAX)) {
      throw new BadRequestException(field, "'" + field + "' must lie from " + MIN + " to " + MAX + ", was: " + value,
          FORM);
    }
    return d;
  }
}
