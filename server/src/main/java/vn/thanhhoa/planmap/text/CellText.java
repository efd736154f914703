package vn.thanhhoa.planmap.text;

import java.util.regex.Pattern;

/**
 * Spreadsheet-safe text: the one function that neutralises cells a spreadsheet would run as a formula
 * (CSV injection, OWASP). A cell starting with {@code = + - @}, a tab or a carriage return is prefixed
 * with an apostrophe, which Excel, LibreOffice and Google Sheets read as "this is text". Plain numbers
 * ({@code -12.5}, {@code +84}) cannot be formulas and stay as they are. Every CSV and spreadsheet text
 * cell planmap writes goes through here.
 */
public final class CellText {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?");

  private CellText() {}

  /** Whether a spreadsheet could read {@code value} as a formula. */
  public static boolean formulaLike(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    boolean leading = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return leading && !NUMBER.matcher(value).matches();
  }

  /** {@code value}, prefixed with an apostrophe when it is {@link #formulaLike formula-like}; null stays null. */
  public static String neutralise(String value) {
    return formulaLike(value) ? "'" + value : value;
  }
}
