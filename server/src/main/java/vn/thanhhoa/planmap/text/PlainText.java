package vn.thanhhoa.planmap.text;

/**
 * The one rule for text planmap accepts from a request (query parameters, path segments, JSON strings
 * and JSON member names): no NUL or other control characters (C0, DEL, C1; tab always allowed, line
 * breaks only in multi-line text), no lone UTF-16 surrogates and no noncharacters U+FFFE/U+FFFF. Such
 * text would be stored as "?" or refused by the database, or would corrupt exports.
 */
public final class PlainText {
  private PlainText() {}

  /**
   * Why {@code s} is not acceptable text, or null when it is.
   *
   * @param s         the text (null is acceptable)
   * @param multiline whether line breaks (CR, LF) are allowed
   * @return a short phrase such as "holds a control character (U+0000)", or null
   */
  public static String problem(String s, boolean multiline) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return "holds a lone surrogate (" + code(c) + "), which is not a character";
      }
      if (Character.isLowSurrogate(c)) {
        return "holds a lone surrogate (" + code(c) + "), which is not a character";
      }
      boolean lineBreak = c == '\n' || c == '\r';
      if (c == '\t' || (lineBreak && multiline)) {
        continue;
      }
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return "holds a control character (" + code(c) + ")";
      }
      if (c == '\uFFFE' || c == '\uFFFF') {
        return "holds a noncharacter (" + code(c) + ")";
      }
    }
    return null;
  }

  private static String code(char c) {
    return String.format("U+%04X", (int) c);
  }
}
