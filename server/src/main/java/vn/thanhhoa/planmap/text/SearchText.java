package vn.thanhhoa.planmap.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form of Vietnamese text used for matching: lower case, without diacritics ("Đại lộ
 * Bắc Sông Mã" → "dai lo bac song ma"), punctuation as single spaces. Stored beside each searchable
 * row and applied to every query, so that matching is case- and diacritic-insensitive.
 */
public final class SearchText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchText() {}

  /** Folds text for matching; null becomes the empty string. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(s).replaceAll(" ").trim();
  }

  /** NFC-normalizes text, the form all Vietnamese text takes in planmap; null stays null. */
  public static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
