package vn.thanhhoa.planmap.accuracy;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * How finely an export writes a place's coordinates: no finer than its accuracy warrants. The step is a
 * tenth of the order of magnitude of the stated uncertainty, never below 1 cm: ±1,500 m → 100 m, ±600 m → 10 m,
 * ±30 m → 1 m, ±2 m → 0.1 m, ±0.05 m → 1 cm. In degrees (WGS84) the step becomes the decimal place nearest to it
 * at 111,320 m per degree: 100 m → 3 decimals (≈ 111 m), 1 m → 5 decimals, 1 cm → 7 decimals.
 */
public final class CoordinatePrecision {
  /** The finest step written: 1 cm. */
  public static final double MIN_STEP_M = 0.01;
  /** Metres per degree of latitude (and, at Thanh Hóa's 19.8° N, 1.06 × a degree of longitude). */
  public static final double METRES_PER_DEGREE = 111_320;

  private CoordinatePrecision() {}

  /** The rounding step in metres for an uncertainty of {@code accuracyM} metres. */
  public static double stepMetres(double accuracyM) {
    if (!(accuracyM > 0)) {
      return MIN_STEP_M;
    }
    double order = Math.pow(10, Math.floor(Math.log10(accuracyM)));
    return Math.max(MIN_STEP_M, order / 10);
  }

  /** Decimals of a degree for an uncertainty of {@code accuracyM} metres (3 for ±1,500 m, 7 at most). */
  public static int degreeDecimals(double accuracyM) {
    return (int) Math.min(7, Math.round(-Math.log10(stepMetres(accuracyM) / METRES_PER_DEGREE)));
  }

  /** Decimals of a metre for an uncertainty of {@code accuracyM} metres (0 for ±30 m and more, 2 at most). */
  public static int metreDecimals(double accuracyM) {
    return (int) Math.max(0, Math.round(-Math.log10(stepMetres(accuracyM))));
  }

  /**
   * The geometry with its coordinates rounded for this uncertainty, vertex by vertex (order and ring
   * orientation kept); when that makes it invalid, rounded by JTS's validity-preserving reducer instead, unless
   * that would collapse a part.
   *
   * @param geographic true for degrees (WGS84), false for metres (VN-2000 projected)
   */
  public static Geometry round(Geometry g, double accuracyM, boolean geographic) {
    PrecisionModel pm = geographic ? new PrecisionModel(Math.pow(10, degreeDecimals(accuracyM)))
        : new PrecisionModel(1 / stepMetres(accuracyM));
    Geometry rounded = GeometryPrecisionReducer.reducePointwise(g, pm);
    // a geometry that rounding collapses whole (no area left, or no length) the reducer would make empty: skip it
    if (!collapsed(rounded) && !rounded.isValid()) {
      Geometry valid = GeometryPrecisionReducer.reduce(g, pm);
      if (!valid.isEmpty() && valid.getNumGeometries() == g.getNumGeometries()
          && valid.getGeometryType().equals(g.getGeometryType())) {
        rounded = valid;
      }
    }
    rounded.setSRID(g.getSRID());
    return rounded;
  }

  /** Whether a polygonal geometry has no area left, or a lineal one no length. */
  private static boolean collapsed(Geometry g) {
    return switch (g.getDimension()) {
      case 2 -> g.getArea() == 0;
      case 1 -> g.getLength() == 0;
      default -> false;
    };
  }
}
