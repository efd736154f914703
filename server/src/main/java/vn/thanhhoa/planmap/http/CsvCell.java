package vn.thanhhoa.planmap.http;

/** One CSV cell for Excel: always quoted, quotes doubled, and a leading = + - @ neutralised with an apostrophe. */
public final class CsvCell {
  private CsvCell() {}

  /** The quoted cell; "" for null. */
  public static String of(String s) {
    if (s == null) {
      return "";
    }
    String safe = s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@") ? "'" + s : s;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
