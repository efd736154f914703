package vn.thanhhoa.planmap.report;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * The name an attachment is stored and downloaded under: NFC, without control, format (bidi overrides and
 * isolates U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F, zero-width characters, BOM) or unpaired
 * surrogate characters, without leading dots or surrounding blanks, and with the extension of the type the
 * content was checked as ({@code x.html} checked as PDF is stored as {@code x.pdf}).
 */
public final class AttachmentName {
  /** The extensions each accepted type may keep; the first is given to a name without one of them. */
  private static final Map<String, List<String>> EXTENSIONS = Map.of(
      "application/pdf", List.of("pdf"),
      "image/png", List.of("png"),
      "image/jpeg", List.of("jpg", "jpeg"));
  /** Longest stored name, in characters. */
  public static final int MAX_LENGTH = 200;

  private AttachmentName() {}

  /**
   * @param name the name the client gave (no folders: the caller refuses / and \)
   * @param type the checked content type, one of {@link AttachmentPolicy}'s
   */
  public static String of(String name, String type) {
    String clean = strip(Normalizer.normalize(name, Normalizer.Form.NFC));
    List<String> allowed = EXTENSIONS.get(type);
    int dot = clean.lastIndexOf('.');
    String base = (dot > 0 ? clean.substring(0, dot) : clean).strip();
    String extension = dot > 0 ? clean.substring(dot + 1).toLowerCase() : "";
    if (!allowed.contains(extension)) {
      extension = allowed.get(0);
    }
    if (base.isEmpty()) {
      base = "attachment";
    }
    int room = MAX_LENGTH - extension.length() - 1;
    if (base.length() > room) {
      base = base.substring(0, Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room);
    }
    return base + "." + extension;
  }

  private static String strip(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        out.append(' '); // tabs, line breaks, no-break spaces …
      } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
          && type != Character.UNASSIGNED && type != Character.PRIVATE_USE) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    String trimmed = out.toString().strip();
    int lead = 0;
    while (lead < trimmed.length() && (trimmed.charAt(lead) == '.' || trimmed.charAt(lead) == ' ')) {
      lead++;
    }
    return trimmed.substring(lead);
  }
}
