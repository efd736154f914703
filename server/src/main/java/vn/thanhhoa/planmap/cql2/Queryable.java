package vn.thanhhoa.planmap.cql2;

import java.util.List;

/**
 * A property a filter may name, with the SQL expression that computes it: the whitelist through which every
 * property name of a filter passes (a name not listed is refused, never pasted into SQL).
 *
 * @param name   the name in filters and in the features' properties
 * @param type   its type
 * @param title  what it is, for the queryables document
 * @param sql    constant SQL text computing it for the feature row {@code f}, with {@code ?} placeholders
 * @param values the values of those placeholders
 * @param values allowed values (an enum in the queryables document), empty when open
 */
public record Queryable(String name, Type type, String title, String sql, List<Object> values, List<String> allowed) {
  /** The CQL2 types planmap's queryables have. */
  public enum Type {
    STRING("string"), NUMBER("number"), BOOLEAN("boolean"), DATE("string"), TIMESTAMP("string"), GEOMETRY(null);

    private final String jsonType;

    Type(String jsonType) {
      this.jsonType = jsonType;
    }

    /** The JSON Schema {@code type}, null for geometries (described by {@code format} only). */
    public String jsonType() {
      return jsonType;
    }
  }

  public Queryable {
    values = List.copyOf(values);
    allowed = List.copyOf(allowed);
  }

  /** A queryable with no placeholders and no enumerated values. */
  public static Queryable of(String name, Type type, String title, String sql) {
    return new Queryable(name, type, title, sql, List.of(), List.of());
  }
}
