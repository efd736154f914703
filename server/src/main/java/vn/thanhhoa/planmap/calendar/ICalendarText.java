package vn.thanhhoa.planmap.calendar;

import java.nio.charset.StandardCharsets;

/**
 * The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): TEXT values escaped (backslash, semicolon, comma,
 * newline), content lines folded at 75 octets of UTF-8 (never inside a character) with CRLF and a space, every
 * line ended by CRLF.
 */
public final class ICalendarText {
  /** Most octets of a content line before it is folded (RFC 5545 §3.1). */
  public static final int MAX_OCTETS = 75;

  private ICalendarText() {}

  /** A TEXT value escaped: {@code \\ ; ,} and newlines (CR LF or LF) as {@code \n}. */
  public static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length() + 16);
    String s = value.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        default -> b.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
      }
    }
    return b.toString();
  }

  /**
   * One content line, folded: the first physical line holds at most 75 octets, each continuation a space and at
   * most 74 more; ends with CRLF.
   */
  public static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > limit) {
        out.append("\r\n ");
        octets = 0;
        limit = MAX_OCTETS - 1;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    return out.append("\r\n").toString();
  }
}
