package vn.thanhhoa.planmap.term;

/**
 * A {@link Term} with its words for the files people read (workbook, annual report, calendar, exports); the
 * map's words are in {@code web/js/words/}.
 */
public interface WordedTerm extends Term {

  /** The words in Vietnamese. */
  String labelVi();

  /** The words in English. */
  String labelEn();

  /** The words in Vietnamese ({@code vi}) or English (any other language). */
  default String label(String lang) {
    return "vi".equals(lang) ? labelVi() : labelEn();
  }

  /** The words of a wire form in a language; the wire form itself when the vocabulary has no such value. */
  static String label(WordedTerm[] values, String id, String lang) {
    return Term.of(values, id).map(t -> t.label(lang)).orElse(id);
  }
}
