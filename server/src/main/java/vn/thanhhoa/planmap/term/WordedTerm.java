package vn.thanhhoa.planmap.term;

/**
 * A {@link Term} with its words for the files people read (workbook, annual report, calendar, exports); the
 * map's words are in {@code web/js/words/}.
 */
public interface WordedTerm extends Term {

  /**
   * A value's wire form and words.
   *
   * @param id the wire form
   * @param vi the words in Vietnamese
   * @param en the words in English
   */
  record Words(String id, String vi, String en) {}

  /** The wire form and words of this value. */
  Words words();

  @Override
  default String id() {
    return words().id();
  }

  /** The words in Vietnamese. */
  default String labelVi() {
    return words().vi();
  }

  /** The words in English. */
  default String labelEn() {
    return words().en();
  }

  /** The words in Vietnamese ({@code vi}) or English (any other language). */
  default String label(String lang) {
    return "vi".equals(lang) ? labelVi() : labelEn();
  }

  /** The words of a wire form in a language; the wire form itself when the vocabulary has no such value. */
  static String label(WordedTerm[] values, String id, String lang) {
    return Term.of(values, id).map(t -> t.label(lang)).orElse(id);
  }
}
