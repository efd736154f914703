package vn.thanhhoa.planmap.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms WGS84 geometries (x = longitude, y = latitude, degrees) into one {@link Crs} with proj4j,
 * rounding every ordinate to the CRS's {@link Crs#decimals()}, and positions of that CRS back to WGS84
 * ({@link #toWgs84}). For {@link Crs#WGS84} it only copies.
 *
 * <p>Not thread-safe (proj4j keeps state in its transform): make one per export.
 */
public final class CoordinateTransformer {
  private static final String WGS84_PROJ4 = Crs.WGS84.proj4();

  private final Crs target;
  private final CoordinateTransform transform;
  private final CoordinateTransform inverse;
  private final double scale;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  public CoordinateTransformer(Crs target) {
    this.target = target;
    this.scale = Math.pow(10, target.decimals());
    if (target == Crs.WGS84) {
      this.transform = null;
      this.inverse = null;
    } else {
      CRSFactory crs = new CRSFactory();
      CoordinateReferenceSystem from = crs.createFromParameters("EPSG:4326", WGS84_PROJ4);
      CoordinateReferenceSystem to = crs.createFromParameters("EPSG:" + target.epsg(), target.proj4());
      this.transform = new CoordinateTransformFactory().createTransform(from, to);
      this.inverse = new CoordinateTransformFactory().createTransform(to, from);
    }
  }

  /** The CRS this transformer writes. */
  public Crs target() {
    return target;
  }

  /** A transformed copy of a WGS84 geometry; its SRID is the target's EPSG code. */
  public Geometry transform(Geometry wgs84) {
    Geometry g = wgs84.copy();
    g.apply(new Filter());
    g.setSRID(target.epsg());
    return g;
  }

  /**
   * One WGS84 position in the target CRS.
   *
   * @return {@code [x, y]}: easting and northing in metres, or longitude and latitude for WGS84
   */
  public double[] transform(double lon, double lat) {
    if (transform == null) {
      return new double[] {round(lon), round(lat)};
    }
    in.x = lon;
    in.y = lat;
    transform.transform(in, out);
    return new double[] {round(out.x), round(out.y)};
  }

  /**
   * One position of the target CRS in WGS84, by the inverse of the same datum shift and projection.
   *
   * @param x easting in metres (longitude for WGS84)
   * @param y northing in metres (latitude for WGS84)
   * @return {@code [lon, lat]} in degrees, rounded to 7 decimals (about 1 cm)
   */
  public double[] toWgs84(double x, double y) {
    if (inverse == null) {
      return new double[] {round7(x), round7(y)};
    }
    ProjCoordinate from = new ProjCoordinate(x, y);
    ProjCoordinate to = new ProjCoordinate();
    inverse.transform(from, to);
    return new double[] {round7(to.x), round7(to.y)};
  }

  private static double round7(double v) {
    return Math.round(v * 1e7) / 1e7;
  }

  private double round(double v) {
    return Math.round(v * scale) / scale;
  }

  private final class Filter implements CoordinateSequenceFilter {
    @Override
    public void filter(CoordinateSequence seq, int i) {
      double[] xy = transform(seq.getX(i), seq.getY(i));
      seq.setOrdinate(i, CoordinateSequence.X, xy[0]);
      seq.setOrdinate(i, CoordinateSequence.Y, xy[1]);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
