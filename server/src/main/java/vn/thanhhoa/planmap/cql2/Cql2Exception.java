package vn.thanhhoa.planmap.cql2;

/**
 * A filter that cannot be read or applied. {@code position} says where: "line 1, column 12" in CQL2 text,
 * a JSON pointer ("/args/1") in CQL2 JSON.
 */
public final class Cql2Exception extends RuntimeException {
  private final String position;

  public Cql2Exception(String position, String message) {
    super(position == null ? message : message + " (at " + position + ")");
    this.position = position;
  }

  /** Where in the filter the problem is, null when it is the filter as a whole. */
  public String position() {
    return position;
  }
}
