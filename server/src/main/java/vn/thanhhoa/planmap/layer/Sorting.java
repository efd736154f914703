package vn.thanhhoa.planmap.layer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import vn.thanhhoa.planmap.db.SqlFragment;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.QueryParams;

/**
 * The order of the items asked for by {@code sortby} (the syntax of the OGC API – Features sorting draft:
 * {@code sortby=name,-next_due}; {@code +} or nothing for ascending, {@code -} for descending), over the
 * {@link Sortable}s; the feature id always ends the order, so it is total and a keyset {@link PageCursor} (the
 * values of these keys and the id of the last feature sent) finds the next page exactly. Nulls come last in
 * either direction.
 *
 * @param keys the keys, most significant first, each property at most once
 */
record Sorting(List<Key> keys) {
  /** The {@code sortby} parameter. */
  static final String PARAMETER_NAME = "sortby";
  static final Parameter PARAMETER = Parameter.of(PARAMETER_NAME, "Order of the features: comma-separated sortables"
      + " (see /collections/{collectionId}/sortables: " + String.join(", ", Sortable.ids()) + "), each optionally"
      + " prefixed by '-' for descending ('+', as %2B, or nothing for ascending); names in Vietnamese alphabetical"
      + " order; nulls last; ties by id", Parameter.text(), "name,-next_due");

  /** One key of the order. */
  record Key(Sortable property, boolean descending) {}

  /**
   * The {@code sortby} of the request, or null when it has none (the items' own order: drawing order, id).
   *
   * @throws BadRequestException (400 naming {@code sortby}) for an unknown or repeated property
   */
  static Sorting read(QueryParams params) {
    List<String> items = params.list(PARAMETER_NAME);
    if (items.isEmpty()) {
      return null;
    }
    List<Key> keys = new ArrayList<>();
    Set<Sortable> seen = new HashSet<>();
    for (String item : items) {
      boolean descending = item.startsWith("-");
      String name = item.startsWith("-") || item.startsWith("+") ? item.substring(1).strip() : item;
      Sortable s = Sortable.of(name).orElseThrow(() -> new BadRequestException(PARAMETER_NAME,
          "'sortby' names '" + name + "', which is not a sortable property of the items", Sortable.ids()));
      if (!seen.add(s)) {
        throw new BadRequestException(PARAMETER_NAME, "'sortby' names '" + name + "' twice", Sortable.ids());
      }
      keys.add(new Key(s, descending));
    }
    if (!seen.contains(Sortable.ID)) {
      keys.add(new Key(Sortable.ID, false));
    }
    return new Sorting(List.copyOf(keys));
  }

  /** This order as {@code sortby} text ({@code name,-next_due,id}), which a cursor records. */
  String spec() {
    StringJoiner j = new StringJoiner(",");
    keys.forEach(k -> j.add((k.descending() ? "-" : "") + k.property().id));
    return j.toString();
  }

  /**
   * The ORDER BY list, read forwards or (for a page before a cursor) backwards; nulls last when forwards.
   */
  String orderBy(boolean backwards) {
    StringJoiner j = new StringJoiner(", ");
    j.add("f.layer_id" + (backwards ? " DESC" : ""));
    for (Key k : keys) {
      boolean desc = k.descending() != backwards;
      j.add(k.property().sql + (desc ? " DESC" : " ASC") + (backwards ? " NULLS FIRST" : " NULLS LAST"));
    }
    return j.toString();
  }

  /** The keys' values of a row, as a JSON array the database writes (a cursor carries it back). */
  String keyValues() {
    StringJoiner j = new StringJoiner(", ", "json_build_array(", ")::text");
    keys.forEach(k -> j.add(k.property().sql));
    return j.toString();
  }

  /**
   * The condition for the rows after (or before) the row whose key values these are, in this order.
   *
   * @param values the key values, as {@link #keyValues()} wrote them
   * @throws IllegalArgumentException when the values do not fit the keys
   */
  SqlFragment beyond(JsonNode values, boolean before) {
    if (!values.isArray() || values.size() != keys.size()) {
      throw new IllegalArgumentException("the cursor holds " + values.size() + " values for " + keys.size() + " keys");
    }
    StringJoiner any = new StringJoiner(" OR ", "(", ")");
    List<Object> binds = new ArrayList<>();
    StringBuilder equalSoFar = new StringBuilder();
    List<Object> equalBinds = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Key k = keys.get(i);
      Object v = k.property().read(values.get(i));
      String past = past(k, v, before);
      if (past != null) {
        any.add("(" + equalSoFar + past + ")");
        binds.addAll(equalBinds);
        if (v != null) {
          binds.add(v);
        }
      }
      equalSoFar.append(v == null ? k.property().sql + " IS NULL AND " : k.property().sql + " = ? AND ");
      if (v != null) {
        equalBinds.add(v);
      }
    }
    return new SqlFragment(any.length() > 2 ? any.toString() : "FALSE", binds);
  }

  /** The rows past the value {@code v} on one key (null: none can be), with at most one {@code ?} (for v). */
  private static String past(Key k, Object v, boolean before) {
    String expr = k.property().sql;
    boolean greater = k.descending() == before; // ascending and after, or descending and before
    if (v == null) { // the null group comes last: nothing is after it; before it lies every non-null value
      return before ? expr + " IS NOT NULL" : null;
    }
    String compare = expr + (greater ? " > ?" : " < ?");
    return k.property().nullable && !before ? "(" + expr + " IS NULL OR " + compare + ")" : compare;
  }
}
