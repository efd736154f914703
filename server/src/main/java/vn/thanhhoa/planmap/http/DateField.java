package vn.thanhhoa.planmap.http;

import java.time.DateTimeException;
import java.time.LocalDate;
import vn.thanhhoa.planmap.time.IsoDate;

/** A date in a request (query parameter or JSON member), read by {@link IsoDate}; a 400 naming the field otherwise. */
final class DateField {
  private DateField() {}

  /**
   * @param field the parameter or member it came from (named in the problem)
   * @param value the text, not null
   * @throws BadRequestException when {@link IsoDate#parse} refuses it
   */
  static LocalDate parse(String field, String value) {
    try {
      return IsoDate.parse(value);
    } catch (DateTimeException e) {
      throw new BadRequestException(field, "'" + field + "' " + e.getMessage() + ", was: " + value, IsoDate.FORM);
    }
  }
}
