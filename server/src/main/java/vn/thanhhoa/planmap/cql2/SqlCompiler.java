package vn.thanhhoa.planmap.cql2;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import vn.thanhhoa.planmap.cql2.Queryable.Type;
import vn.thanhhoa.planmap.db.SqlFragment;

/**
 * Turns an {@link Expr} into a WHERE condition: property names become the SQL of their {@link Queryable}
 * (unknown names are refused), every literal a bound value, operators planmap's own constant SQL. Types are
 * checked first, so the database never sees a comparison it cannot make.
 *
 * <p>{@code casei} is {@code lower()}; {@code accenti} is the database function {@code cql2_accenti} (NFC,
 * then Vietnamese and Latin diacritics removed, đ → d). {@code LIKE} is case- and accent-sensitive unless
 * its operands are wrapped in them.
 */
public final class SqlCompiler {
  private static final Set<String> ORDERED = Set.of("<", "<=", ">", ">=");
  private static final Map<String, String> SPATIAL = Map.of("s_intersects", "ST_Intersects", "s_equals", "ST_Equals",
      "s_disjoint", "ST_Disjoint", "s_touches", "ST_Touches", "s_within", "ST_Within", "s_overlaps", "ST_Overlaps",
      "s_crosses", "ST_Crosses", "s_contains", "ST_Contains");

  private final Map<String, Queryable> queryables;
  private final UnaryOperator<Geometry> toWgs84;

  private record Typed(String sql, List<Object> values, Type type, String what) {}

  /**
   * @param queryables the properties filters may name, by name
   * @param toWgs84    brings a geometry literal from the filter's CRS ({@code filter-crs}) to WGS84 lon/lat
   */
  public SqlCompiler(Map<String, Queryable> queryables, UnaryOperator<Geometry> toWgs84) {
    this.queryables = queryables;
    this.toWgs84 = toWgs84;
  }

  /** The condition, or a {@link Cql2Exception} saying why the filter cannot be applied. */
  public SqlFragment compile(Expr e) {
    List<Object> values = new ArrayList<>();
    String sql = condition(e, values);
    return new SqlFragment(sql, values);
  }

  private String condition(Expr e, List<Object> out) {
    if (e instanceof Expr.Logical l) {
      List<String> parts = new ArrayList<>();
      l.args().forEach(a -> parts.add("(" + condition(a, out) + ")"));
      return String.join(l.op().equals("and") ? " AND " : " OR ", parts);
    }
    if (e instanceof Expr.Not n) {
      return "NOT COALESCE((" + condition(n.arg(), out) + "), FALSE)";
    }
    if (e instanceof Expr.Constant c) {
      return c.value() ? "TRUE" : "FALSE";
    }
    if (e instanceof Expr.Compare c) {
      Typed a = operand(c.left());
      Typed b = operand(c.right());
      same(a, b, c.op());
      if (ORDERED.contains(c.op()) && (a.type == Type.BOOLEAN || a.type == Type.GEOMETRY)) {
        throw new Cql2Exception(null, "'" + c.op() + "' does not order " + a.what);
      }
      return emit(a, out) + " " + c.op() + " " + emit(b, out);
    }
    if (e instanceof Expr.Like l) {
      Typed a = operand(l.value());
      Typed p = operand(l.pattern());
      text(a, "LIKE");
      text(p, "LIKE");
      return emit(a, out) + " LIKE " + emit(p, out);
    }
    if (e instanceof Expr.Between b) {
      Typed v = operand(b.value());
      Typed lo = operand(b.low());
      Typed hi = operand(b.high());
      if (v.type != Type.NUMBER && v.type != Type.DATE && v.type != Type.TIMESTAMP) {
        throw new Cql2Exception(null, "BETWEEN needs numbers or dates, not " + v.what);
      }
      same(v, lo, "BETWEEN");
      same(v, hi, "BETWEEN");
      return emit(v, out) + " BETWEEN " + emit(lo, out) + " AND " + emit(hi, out);
    }
    if (e instanceof Expr.In in) {
      Typed v = operand(in.value());
      StringBuilder sb = new StringBuilder(emit(v, out)).append(" IN (");
      for (int i = 0; i < in.list().size(); i++) {
        Typed item = operand(in.list().get(i));
        same(v, item, "IN");
        sb.append(i > 0 ? ", " : "").append(emit(item, out));
      }
      return sb.append(')').toString();
    }
    if (e instanceof Expr.IsNull n) {
      return emit(operand(n.value()), out) + " IS NULL";
    }
    Expr.Spatial s = (Expr.Spatial) e;
    Typed a = operand(s.left());
    Typed b = operand(s.right());
    if (a.type != Type.GEOMETRY || b.type != Type.GEOMETRY) {
      throw new Cql2Exception(null, s.op().toUpperCase() + " compares two geometries, not "
          + (a.type != Type.GEOMETRY ? a.what : b.what));
    }
    return SPATIAL.get(s.op()) + "(" + emit(a, out) + ", " + emit(b, out) + ")";
  }

  private Typed operand(Operand o) {
    if (o instanceof Operand.Property p) {
      Queryable q = queryables.get(p.name());
      if (q == null) {
        throw new Cql2Exception(null, "unknown queryable '" + p.name() + "'; the queryables are "
            + new TreeSet<>(queryables.keySet()));
      }
      return new Typed(q.sql(), q.values(), q.type(), "'" + q.name() + "' (" + q.type().name().toLowerCase() + ")");
    }
    if (o instanceof Operand.Literal l) {
      return literal(l.value());
    }
    if (o instanceof Operand.GeometryLiteral g) {
      Geometry wgs84 = toWgs84.apply(g.geometry());
      if (!wgs84.isValid()) {
        throw new Cql2Exception(null, "the geometry " + g.geometry().getGeometryType() + " is not valid");
      }
      return new Typed("ST_GeomFromText(?, 4326)", List.of(wgs84.toText()), Type.GEOMETRY, "a geometry");
    }
    Operand.Function f = (Operand.Function) o;
    Typed arg = operand(f.arg());
    text(arg, f.name().toUpperCase());
    String fn = f.name().equals("casei") ? "lower" : "cql2_accenti";
    return new Typed(fn + "(" + arg.sql + ")", arg.values, Type.STRING, f.name() + "(" + arg.what + ")");
  }

  private static Typed literal(Object v) {
    if (v instanceof String s) {
      return new Typed("?::text", List.of(s), Type.STRING, "'" + s + "' (string)");
    }
    if (v instanceof Double d) {
      return new Typed("?::double precision", List.of(d), Type.NUMBER, d + " (number)");
    }
    if (v instanceof Boolean b) {
      return new Typed("?::boolean", List.of(b), Type.BOOLEAN, b + " (boolean)");
    }
    if (v instanceof LocalDate d) {
      return new Typed("?::date", List.of(d), Type.DATE, "DATE('" + d + "')");
    }
    Instant i = (Instant) v;
    return new Typed("?::timestamptz", List.of(i), Type.TIMESTAMP, "TIMESTAMP('" + i + "')");
  }

  private static String emit(Typed t, List<Object> out) {
    out.addAll(t.values);
    return t.sql;
  }

  private static void same(Typed a, Typed b, String op) {
    boolean temporal = (a.type == Type.DATE || a.type == Type.TIMESTAMP)
        && (b.type == Type.DATE || b.type == Type.TIMESTAMP);
    if (a.type != b.type && !temporal) {
      throw new Cql2Exception(null, "'" + op + "' cannot compare " + a.what + " with " + b.what
          + (a.type == Type.DATE || b.type == Type.DATE ? "; write dates as DATE('2023-03-31')" : ""));
    }
  }

  private static void text(Typed t, String op) {
    if (t.type != Type.STRING) {
      throw new Cql2Exception(null, op + " works on text, not " + t.what);
    }
  }
}
