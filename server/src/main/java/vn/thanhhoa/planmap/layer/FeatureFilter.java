package vn.thanhhoa.planmap.layer;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.planmap.db.SqlFragment;

/**
 * Turns a {@link FeatureQuery} into a FROM source and a WHERE clause made only of the constant fragments
 * below, and the values to bind to their {@code ?}s, in order. Request input never becomes SQL text. The bbox test is
 * written with {@code &&} first so that the GiST index on {@code feature.geom} is used. Statements of other
 * features (exports) that read the same features apply it to their own SQL ({@code /*from*\/}, {@code /*where*\/}).
 */
public final class FeatureFilter {
  private static final String LAYERS = "f.layer_id = ANY (?)";
  private static final String BBOX = "(f.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
      + " AND ST_Intersects(f.geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)))";
  private static final String ID = "f.id = ?";
  private static final String KINDS = "f.kind = ANY (?)";
  private static final String ACCURACY_CLASSES = "f.accuracy_class = ANY (?)";
  private static final String TEXT = "f.search_text LIKE '%' || ? || '%'";
  private static final String TASKS =
      "EXISTS (SELECT 1 FROM feature_task ft WHERE ft.feature_id = f.id AND ft.task_code = ANY (?))";
  private static final String LEADS = "EXISTS (SELECT 1 FROM feature_task ft JOIN task_agency ta"
      + " ON ta.task_code = ft.task_code AND ta.role = 'lead' WHERE ft.feature_id = f.id AND ta.agency_id = ANY (?))";
  private static final String DUE_BEFORE = "EXISTS (SELECT 1 FROM feature_task ft JOIN task t ON t.code = ft.task_code"
      + " WHERE ft.feature_id = f.id AND t.due_date <= ?)";
  private static final String DUE_AFTER = "EXISTS (SELECT 1 FROM feature_task ft JOIN task t ON t.code = ft.task_code"
      + " WHERE ft.feature_id = f.id AND t.due_date >= ?)";
  private static final String TIMELINESS = "EXISTS (SELECT 1 FROM feature_task ft JOIN task t ON t.code = ft.task_code"
      + " WHERE ft.feature_id = f.id AND (task_state(t.code, t.due_date, p.today, p.as_of)).timeliness = ANY (?))";
  /**
   * After (or before) a keyset cursor, in the order of the items and of the index feature_layer_idx. Written as an
   * equality on the layer and a row comparison on (sort_order, id), the index scan starts at the cursor (PostgreSQL
   * 15 does not start there from a three-column row comparison beside the layer's equality: it reads every entry
   * before it). A query over several layers compares the whole key (correct, but not positioned by the index).
   */
  private static final String AFTER = "f.layer_id = ? AND (f.sort_order, f.id) > (?, ?)";
  private static final String BEFORE = "f.layer_id = ? AND (f.sort_order, f.id) < (?, ?)";
  private static final String AFTER_KEY = "(f.layer_id, f.sort_order, f.id) > (?, ?, ?)";
  private static final String BEFORE_KEY = "(f.layer_id, f.sort_order, f.id) < (?, ?, ?)";
  private static final String[] OVERDUE = {"overdue"};
  private static final String CURRENT = "feature f";
  private static final String AS_OF = "features_as_of(?::timestamptz) f";

  private static final String OWN_ORDER = "f.layer_id ASC, f.sort_order ASC, f.id ASC";
  private static final String OWN_ORDER_BACKWARDS = "f.layer_id DESC, f.sort_order DESC, f.id DESC";

  final String from;
  final String where;
  /** The order in which the page is cut: backwards for a page before a cursor (then sorted back for output). */
  final String cutOrder;
  /** The order of the page's rows as sent. */
  final String order;
  /** The values of the sort keys of each row (a JSON array text), or NULL in the items' own order. */
  final String sortKey;
  final List<Object> values;

  public FeatureFilter(FeatureQuery q) {
    List<String> parts = new ArrayList<>();
    List<Object> vals = new ArrayList<>();
    if (q.asOf() == null) {
      from = CURRENT;
    } else {
      from = AS_OF;
      vals.add(java.sql.Timestamp.from(q.asOf()));
    }
    parts.add(LAYERS);
    vals.add(q.layers().toArray(new String[0]));
    if (q.bbox() != null) {
      addBbox(q.bbox(), parts, vals);
    }
    if (q.featureId() != null) {
      parts.add(ID);
      vals.add(q.featureId());
    }
    if (!q.kinds().isEmpty()) {
      parts.add(KINDS);
      vals.add(q.kinds().toArray(new String[0]));
    }
    if (!q.accuracyClasses().isEmpty()) {
      parts.add(ACCURACY_CLASSES);
      vals.add(q.accuracyClasses().toArray(new String[0]));
    }
    if (q.text() != null && !q.text().isEmpty()) {
      parts.add(TEXT);
      vals.add(q.text());
    }
    if (!q.tasks().isEmpty()) {
      parts.add(TASKS);
      vals.add(q.tasks().toArray(new String[0]));
    }
    if (!q.leads().isEmpty()) {
      parts.add(LEADS);
      vals.add(q.leads().toArray(new String[0]));
    }
    if (q.dueBefore() != null) {
      parts.add(DUE_BEFORE);
      vals.add(Date.valueOf(q.dueBefore()));
    }
    if (q.dueAfter() != null) {
      parts.add(DUE_AFTER);
      vals.add(Date.valueOf(q.dueAfter()));
    }
    if (q.overdue() != null) {
      parts.add(q.overdue() ? TIMELINESS : "NOT " + TIMELINESS);
      vals.add(OVERDUE);
    }
    if (!q.timeliness().isEmpty()) {
      parts.add(TIMELINESS);
      vals.add(q.timeliness().toArray(new String[0]));
    }
    if (q.after() != null && q.sorting() != null) {
      SqlFragment beyond = q.after().beyond(q.sorting());
      parts.add(beyond.sql());
      vals.addAll(beyond.values());
    } else if (q.after() != null) {
      boolean one = q.layers().size() == 1;
      parts.add(q.after().before() ? (one ? BEFORE : BEFORE_KEY) : (one ? AFTER : AFTER_KEY));
      vals.add(q.after().layerId());
      vals.add(q.after().sortOrder());
      vals.add(q.after().featureId());
    }
    for (SqlFragment c : q.conditions()) {
      parts.add("(" + c.sql() + ")");
      vals.addAll(c.values());
    }
    this.where = String.join("\n   AND ", parts);
    boolean backwards = q.after() != null && q.after().before();
    if (q.sorting() == null) {
      this.cutOrder = backwards ? OWN_ORDER_BACKWARDS : OWN_ORDER;
      this.order = OWN_ORDER;
      this.sortKey = "NULL::text";
    } else {
      this.cutOrder = q.sorting().orderBy(backwards);
      this.order = q.sorting().orderBy(false);
      this.sortKey = q.sorting().keyValues();
    }
    this.values = vals;
  }

  /** The values to bind to the {@code ?}s of the source and the WHERE clause, in order. */
  public Object[] values() {
    return values.toArray();
  }

  /**
   * The statement with this filter's source, WHERE clause and orders in place ({@code /*cut-order*\/}: the order
   * the page is cut in; {@code /*order*\/}: the order it is sent in; {@code /*sort-key*\/}: a row's sort key values).
   */
  public String apply(String sql) {
    return sql.replace("/*from*/", from).replace("/*where*/", where).replace("/*cut-order*/", cutOrder)
        .replace("/*order*/", order).replace("/*sort-key*/", sortKey);
  }

  private static void addBbox(double[] b, List<String> parts, List<Object> vals) {
    double west = b[0];
    double south = b[1];
    double east = b[2];
    double north = b[3];
    if (west <= east) {
      parts.add(BBOX);
      addEnvelopeTwice(vals, west, south, east, north);
    } else {
      parts.add("(" + BBOX + " OR " + BBOX + ")");
      addEnvelopeTwice(vals, west, south, 180, north);
      addEnvelopeTwice(vals, -180, south, east, north);
    }
  }

  private static void addEnvelopeTwice(List<Object> vals, double w, double s, double e, double n) {
    for (int i = 0; i < 2; i++) {
      vals.add(w);
      vals.add(s);
      vals.add(e);
      vals.add(n);
    }
  }
}
