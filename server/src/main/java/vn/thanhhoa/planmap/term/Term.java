package vn.thanhhoa.planmap.term;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A value of one of the API's closed vocabularies (roles, progress, timeliness, accuracy classes …): the
 * enum constant knows its wire form, which the database's CHECK, the API, the exports and the front end
 * (through {@code /config}) all use.
 */
public interface Term {

  /** The wire form, lower case with underscores ({@code in_progress}, {@code from_plan}). */
  String id();

  /** Every wire form of a vocabulary, in the order of its constants. */
  static List<String> ids(Term[] values) {
    return Arrays.stream(values).map(Term::id).toList();
  }

  /** The constant with this wire form, if any. */
  static <T extends Term> Optional<T> of(T[] values, String id) {
    return Arrays.stream(values).filter(t -> t.id().equals(id)).findFirst();
  }
}
