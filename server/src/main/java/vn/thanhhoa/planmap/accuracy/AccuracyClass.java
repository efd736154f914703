package vn.thanhhoa.planmap.accuracy;

import java.util.List;
import java.util.Optional;
import vn.thanhhoa.planmap.term.Term;
import vn.thanhhoa.planmap.term.WordedTerm;

/**
 * How a place's geometry was obtained, most to least certain. The wire form ({@link #id()}) is what the
 * database's CHECK, the API, the exports and the map use.
 */
public enum AccuracyClass implements WordedTerm {
  /** Measured in the field (a survey, a cadastral measurement). */
  SURVEYED("surveyed", "đo đạc", "surveyed"),
  /** Taken from an approved plan or an official published map. */
  FROM_PLAN("from_plan", "theo bản đồ, quy hoạch", "from plan or official map"),
  /** Placed from a sourced relation: a named ward or boundary, a neighbouring landmark, an address. */
  INFERRED("inferred", "suy ra", "inferred"),
  /** Placed from the programme's wording relative to reference points; the shape is illustrative. */
  SCHEMATIC("schematic", "sơ đồ", "schematic"),
  /** No source places it: a symbolic marker, so that the task can be clicked. */
  NOT_LOCATED("not_located", "chưa xác định vị trí", "not located");

  private final Words words;

  AccuracyClass(String id, String vi, String en) {
    this.words = new Words(id, vi, en);
  }

  /** The wire form ({@code surveyed, from_plan, inferred, schematic, not_located}) and its words. */
  @Override
  public Words words() {
    return words;
  }

  /** The class with this wire form, if any. */
  public static Optional<AccuracyClass> of(String id) {
    return Term.of(values(), id);
  }

  /** Every wire form, most to least certain. */
  public static List<String> ids() {
    return Term.ids(values());
  }
}
