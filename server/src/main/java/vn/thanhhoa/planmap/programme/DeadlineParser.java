package vn.thanhhoa.planmap.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * Reads the deadline forms of the programme's appendix ("Thời gian báo cáo UBND tỉnh"):
 *
 * <ul>
 *   <li>{@code Quý I/2022} … {@code Quý IV/2022} → the last day of the quarter;
 *   <li>{@code Tháng 6/2022} → the last day of the month;
 *   <li>{@code trước ngày 31/3/2022} → that day;
 *   <li>{@code Trước tháng 7/2022} → the last day of the month before (2022-06-30);
 *   <li>{@code Trong thời gian / quá trình thực hiện Nghị quyết} → no date (ongoing, to 2030);
 *   <li>a sentence that ends in one of the dated forms ("Gửi Sở Kế hoạch và Đầu tư … trước ngày 31/3/2022",
 *       "Báo cáo UBND tỉnh, trình Thủ tướng … trong Quý I/2022") → the date of that ending.
 * </ul>
 *
 * Matching ignores case, diacritics and spacing. Any other form is an error: a deadline is never
 * silently dropped.
 */
public final class DeadlineParser {
  private static final Pattern QUARTER = Pattern.compile("^quy (i|ii|iii|iv) ?(\\d{4})$");
  private static final Pattern MONTH = Pattern.compile("^thang (\\d{1,2}) ?(\\d{4})$");
  private static final Pattern BEFORE_DAY = Pattern.compile("^truoc ngay (\\d{1,2}) (\\d{1,2}) (\\d{4})$");
  private static final Pattern BEFORE_MONTH = Pattern.compile("^truoc thang (\\d{1,2}) ?(\\d{4})$");
  private static final Pattern ENDS_WITH_DATED_FORM =
      Pattern.compile("\\b(quy (i|ii|iii|iv) ?\\d{4}|truoc ngay \\d{1,2} \\d{1,2} \\d{4}|thang \\d{1,2} ?\\d{4})$");
  private static final Pattern ONGOING = Pattern.compile("^trong (thoi gian|qua trinh) thuc hien nghi quyet$");

  /**
   * Parses a deadline text.
   *
   * @throws IllegalArgumentException naming the text when its form is unknown or its date impossible
   */
  public Deadline parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty deadline text");
    }
    String s = SearchText.fold(text);
    try {
      return new Deadline(text, dueDate(s, text));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("impossible date in deadline '" + text + "': " + e.getMessage(), e);
    }
  }

  private static LocalDate dueDate(String s, String original) {
    Matcher m;
    if ((m = QUARTER.matcher(s)).matches()) {
      int quarter = switch (m.group(1)) {
        case "i" -> 1;
        case "ii" -> 2;
        case "iii" -> 3;
        default -> 4;
      };
      return YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3).atEndOfMonth();
    }
    if ((m = MONTH.matcher(s)).matches()) {
      return YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).atEndOfMonth();
    }
    if ((m = BEFORE_DAY.matcher(s)).matches()) {
      return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    if ((m = BEFORE_MONTH.matcher(s)).matches()) {
      return YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).minusMonths(1).atEndOfMonth();
    }
    if (ONGOING.matcher(s).matches()) {
      return null;
    }
    if ((m = ENDS_WITH_DATED_FORM.matcher(s)).find() && m.start() > 0) {
      return dueDate(m.group(1), original);
    }
    throw new IllegalArgumentException("unknown deadline form: '" + original + "' (known: Quý I–IV/yyyy,"
        + " Tháng m/yyyy, trước ngày d/m/yyyy, Trước tháng m/yyyy, Trong thời gian/quá trình thực hiện Nghị quyết)");
  }
}
