package vn.thanhhoa.planmap.accuracy;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The accuracy sentences (English and Vietnamese) written for a structured accuracy when an editor or an
 * import states it without a sentence of their own: {@code "surveyed, ±2 m: <source>"} /
 * {@code "đo đạc, ±2 m: <source>"}. The first word is the class, as in every sentence of geodata/.
 */
public final class AccuracyNotes {
  private AccuracyNotes() {}

  /** The English sentence. */
  public static String english(Accuracy a) {
    return a.accuracyClass().labelEn() + ", ±" + metres(a.metres(), Locale.ENGLISH) + " m: " + a.source(true);
  }

  /** The Vietnamese sentence. */
  public static String vietnamese(Accuracy a) {
    return a.accuracyClass().labelVi() + ", ±" + metres(a.metres(), Locale.forLanguageTag("vi")) + " m: "
        + a.source(false);
  }

  /** Metres as people write them: 1,500 (en) / 1.500 (vi), 0.5 / 0,5. */
  public static String metres(double m, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    return f.format(m);
  }
}
