package vn.thanhhoa.planmap.geo;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * What every stored geometry must be, whether loaded from geodata/ or drawn by an editor: valid (OGC
 * simple features), not empty or degenerate, WGS84 lon/lat inside the {@link Region}.
 */
public final class GeometryRules {
  private GeometryRules() {}

  /** Why the geometry is refused, or empty when it is fine. */
  public static Optional<String> problem(Geometry g) {
    if (g == null || g.isEmpty()) {
      return Optional.of("empty geometry");
    }
    IsValidOp valid = new IsValidOp(g);
    if (!valid.isValid()) {
      return Optional.of("invalid geometry: " + valid.getValidationError());
    }
    if ((g.getDimension() == 1 && g.getLength() == 0) || (g.getDimension() == 2 && g.getArea() == 0)) {
      return Optional.of("degenerate geometry");
    }
    if (!Region.ENVELOPE.covers(g.getEnvelopeInternal())) {
      return Optional.of("geometry leaves the region " + Region.ENVELOPE + " (coordinates must be WGS84 lon/lat)");
    }
    return Optional.empty();
  }
}
