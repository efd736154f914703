package vn.thanhhoa.planmap.cql2;

import java.util.List;

/**
 * A CQL2 filter as read from either encoding (text or JSON): the tree {@link SqlCompiler} turns into SQL.
 * Operator names are the CQL2 JSON names ({@code =, <>, <, <=, >, >=, s_intersects …}).
 */
public sealed interface Expr {
  /** All of the parts hold ({@code and}) or any does ({@code or}). */
  record Logical(String op, List<Expr> args) implements Expr {}

  /** {@code not}. */
  record Not(Expr arg) implements Expr {}

  /** A binary comparison: {@code =, <>, <, <=, >, >=}. */
  record Compare(String op, Operand left, Operand right) implements Expr {}

  /** {@code value LIKE pattern}: {@code %} any run of characters, {@code _} one, {@code \} escapes. */
  record Like(Operand value, Operand pattern) implements Expr {}

  /** {@code value BETWEEN low AND high} (inclusive). */
  record Between(Operand value, Operand low, Operand high) implements Expr {}

  /** {@code value IN (list)}. */
  record In(Operand value, List<Operand> list) implements Expr {}

  /** {@code value IS NULL}. */
  record IsNull(Operand value) implements Expr {}

  /** A spatial function, e.g. {@code s_intersects}, of two geometries. */
  record Spatial(String op, Operand left, Operand right) implements Expr {}

  /** {@code TRUE} or {@code FALSE} as a whole condition. */
  record Constant(boolean value) implements Expr {}
}
