package vn.thanhhoa.planmap.cql2;

import org.locationtech.jts.geom.Geometry;

/** A value in a CQL2 expression: a queryable, a literal or a function of one. */
public sealed interface Operand {
  /** A queryable, by name (checked against the queryables when compiled). */
  record Property(String name) implements Operand {}

  /** A text, number ({@link Double}), boolean, {@link java.time.LocalDate} or {@link java.time.Instant}. */
  record Literal(Object value) implements Operand {}

  /** A geometry literal, in the filter's CRS ({@code filter-crs}) as written. */
  record GeometryLiteral(Geometry geometry) implements Operand {}

  /** {@code casei} (case-insensitive) or {@code accenti} (accent-insensitive) of a text. */
  record Function(String name, Operand arg) implements Operand {}
}
