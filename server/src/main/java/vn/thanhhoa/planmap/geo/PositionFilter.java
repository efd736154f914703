package vn.thanhhoa.planmap.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;

/**
 * Moves every position of a geometry in place ({@code geometry.apply(filter)}) by a function of {@code (x, y)}:
 * a CRS transformation ({@link CoordinateTransformer}, both directions) or an axis swap ({@link #SWAP_AXES}).
 */
public final class PositionFilter implements CoordinateSequenceFilter {

  /** A position moved: {@code [x, y]} in, {@code [x, y]} out. */
  public interface Move {
    double[] apply(double x, double y);
  }

  /** Swaps the axes: lon/lat ↔ lat/lon (EPSG:4326's axis order against CRS84's). */
  public static final Move SWAP_AXES = (x, y) -> new double[] {y, x};

  private final Move move;

  public PositionFilter(Move move) {
    this.move = move;
  }

  @Override
  public void filter(CoordinateSequence seq, int i) {
    double[] xy = move.apply(seq.getX(i), seq.getY(i));
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
