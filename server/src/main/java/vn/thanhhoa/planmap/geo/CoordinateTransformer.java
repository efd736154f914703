package vn.thanhhoa.planmap.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms WGS84 geometries (x = longitude, y = latitude, degrees) into one {@link Crs} with proj4j,
 * rounding every ordinate to the CRS's {@link Crs#decimals()}; or, made by {@link #toWgs84(Crs)}, the
 * other way (imports). For {@link Crs#WGS84} it only copies.
 *
 * <p>{@link #toWgs84(double, double)} goes the other way (for boxes and filter geometries given in the
 * target CRS), without rounding.
 *
 * <p>Not thread-safe (proj4j keeps state in its transform): make one per export or request.
 */
public final class CoordinateTransformer {
  private final Crs target;
  private final CoordinateTransform transform;
  private final CoordinateTransform inverse;
  private final double scale;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  /** From WGS84 into {@code target}. */
  public CoordinateTransformer(Crs target) {
    this(Crs.WGS84, target);
  }

  private CoordinateTransformer(Crs source, Crs target) {
    this.target = target;
    this.scale = Math.pow(10, target.decimals());
    if (source == target) {
      this.transform = null;
      this.inverse = null;
    } else {
      CRSFactory crs = new CRSFactory();
      CoordinateReferenceSystem from = crs.createFromParameters("EPSG:" + source.epsg(), source.proj4());
      CoordinateReferenceSystem to = crs.createFromParameters("EPSG:" + target.epsg(), target.proj4());
      this.transform = new CoordinateTransformFactory().createTransform(from, to);
      this.inverse = new CoordinateTransformFactory().createTransform(to, from);
    }
  }

  /**
   * From {@code source} into WGS84 (x = longitude, y = latitude, 7 decimals): the inverse of
   * {@code new CoordinateTransformer(source)}, with the same datum shift.
   */
  public static CoordinateTransformer toWgs84(Crs source) {
    return new CoordinateTransformer(source, Crs.WGS84);
  }

  /** The CRS this transformer writes. */
  public Crs target() {
    return target;
  }

  /** A transformed copy of a geometry in the source CRS; its SRID is the target's EPSG code. */
  public Geometry transform(Geometry source) {
    Geometry g = source.copy();
    g.apply(new PositionFilter(this::transform));
    g.setSRID(target.epsg());
    return g;
  }

  /**
   * One position (longitude and latitude in WGS84, easting and northing in metres in VN-2000) in the
   * target CRS.
   *
   * @return {@code [x, y]}: easting and northing in metres, or longitude and latitude for WGS84
   */
  public double[] transform(double x, double y) {
    if (transform == null) {
      return new double[] {round(x), round(y)};
    }
    in.x = x;
    in.y = y;
    transform.transform(in, out);
    return new double[] {round(out.x), round(out.y)};
  }

  /**
   * One position of the target CRS in WGS84, not rounded.
   *
   * @return {@code [longitude, latitude]} in degrees
   */
  public double[] toWgs84(double x, double y) {
    if (inverse == null) {
      return new double[] {x, y};
    }
    ProjCoordinate src = new ProjCoordinate(x, y);
    ProjCoordinate dst = new ProjCoordinate();
    inverse.transform(src, dst);
    return new double[] {dst.x, dst.y};
  }

  /** A copy of a geometry of the target CRS in WGS84 (SRID 4326), not rounded. */
  public Geometry toWgs84(Geometry g) {
    Geometry copy = g.copy();
    copy.apply(new PositionFilter(this::toWgs84));
    copy.setSRID(4326);
    return copy;
  }

  private double round(double v) {
    return Math.round(v * scale) / scale;
  }
}
