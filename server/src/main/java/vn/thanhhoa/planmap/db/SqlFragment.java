package vn.thanhhoa.planmap.db;

import java.util.List;

/**
 * A piece of a WHERE clause made only of planmap's own constant SQL text, with the values to bind to its
 * {@code ?}s, in order. Request input only ever reaches the database through {@code values}.
 *
 * @param sql    SQL text with {@code ?} placeholders (never built from request text)
 * @param values the values of the placeholders, in order
 */
public record SqlFragment(String sql, List<Object> values) {
  public SqlFragment {
    values = List.copyOf(values);
  }
}
