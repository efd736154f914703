package vn.thanhhoa.planmap.layer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A property the items can be sorted by ({@code sortby}, {@code /sortables}): its name, the SQL expression that
 * orders it (a constant fragment over the feature {@code f} and the parameters {@code p}), whether it may be null
 * (nulls come last in either direction) and how a value of it is read back from a cursor.
 */
enum Sortable {
  /** The id, in byte order; also the last key of every order. */
  ID("id", "f.id", false, Map.of("type", "string", "title", "Feature id")),
  /**
   * The Vietnamese name in Vietnamese alphabetical order (ICU collation {@code vietnamese}, V14: a, ă, â, b, c, d, đ,
   * e, ê …; tones and case count only between names otherwise equal).
   */
  NAME("name", "f.name COLLATE vietnamese", false, Map.of("type", "string", "title",
      "Tên, in Vietnamese alphabetical order (đ after d; tones and case only break ties)")),
  /** The earliest due date of a linked task not reported submitted or done; places without one come last. */
  NEXT_DUE("next_due", "feature_next_due(f.id, p.as_of)", true, Map.of("type", List.of("string", "null"),
      "format", "date", "title", "Earliest due date of a linked task not reported submitted or done (none: last)"));

  final String id;
  /** The ordering expression; a constant, never request text. */
  final String sql;
  final boolean nullable;
  private final Map<String, Object> schema;

  Sortable(String id, String sql, boolean nullable, Map<String, Object> schema) {
    this.id = id;
    this.sql = sql;
    this.nullable = nullable;
    this.schema = schema;
  }

  static Optional<Sortable> of(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(s -> s.id).toList();
  }

  /** The JSON Schemas of the sortables, by name ({@code /collections/{layer}/sortables}). */
  static Map<String, Object> schemas() {
    Map<String, Object> props = new LinkedHashMap<>();
    for (Sortable s : values()) {
      props.put(s.id, s.schema);
    }
    return props;
  }

  /**
   * A value of this key as a cursor carries it (JSON, as the database wrote it), ready to bind; null for a null
   * value.
   *
   * @throws IllegalArgumentException when the value is not one of this key's type
   */
  Object read(JsonNode value) {
    if (value.isNull()) {
      if (!nullable) {
        throw new IllegalArgumentException(id + " is never null");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(id + " is text");
    }
    return this == NEXT_DUE ? java.sql.Date.valueOf(java.time.LocalDate.parse(value.asText())) : value.asText();
  }
}
