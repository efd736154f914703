package vn.thanhhoa.planmap.scan;

import java.util.Optional;

/**
 * The least-squares affine map from a scanned sheet's pixels to a metric plane (planmap uses VN-2000 /
 * TM-3 Thanh Hóa, EPSG:5897, metres), fitted to control points:
 *
 * <pre>
 *   x = a + b·px + c·py
 *   y = d + e·px + f·py
 * </pre>
 *
 * <p>Pixels are {@code [px, py]} from the image's top-left corner, x to the right and y down; the world is
 * easting and northing in metres. Three points determine the map exactly (every residual 0); each further
 * point over-determines it, and its residuals say how well the sheet agrees with the points. The sums are
 * taken about the points' means, so coordinates of two million metres lose no precision.
 *
 * @param affine     {a, b, c, d, e, f} as above
 * @param residuals  per control point, {@code [dx, dy, distance]}: fitted minus given, metres
 * @param rms        root mean square of the distances, metres ({@code sqrt(Σ r² / n)})
 */
public record AffineFit(double[] affine, double[][] residuals, double rms) {
  /** Fewer points than this leave the affine map undetermined. */
  public static final int MIN_POINTS = 3;

  /**
   * Points whose spread across their main direction is under this fraction of the spread along it are
   * taken as lying on one line: the fit would be unstable or undetermined.
   */
  static final double MIN_THICKNESS = 0.01;

  /**
   * Fits the map.
   *
   * @param image pixel positions, {@code [px, py]} each
   * @param world the same points on the ground, {@code [x, y]} metres each, in the same order
   * @throws IllegalArgumentException naming why the points cannot be fitted: fewer than three, lists of
   *     different lengths, points on one line (in the image or on the ground), or a map that would mirror
   *     the sheet (each image point paired with another's place)
   */
  public static AffineFit fit(double[][] image, double[][] world) {
    if (image.length != world.length) {
      throw new IllegalArgumentException("as many image points as world points are needed");
    }
    if (image.length < MIN_POINTS) {
      throw new IllegalArgumentException("at least " + MIN_POINTS + " control points are needed, not "
          + image.length);
    }
    collinear(image).ifPresent(why -> {
      throw new IllegalArgumentException("the points on the image " + why);
    });
    collinear(world).ifPresent(why -> {
      throw new IllegalArgumentException("the points on the ground " + why);
    });
    int n = image.length;
    double[] pm = mean(image);
    double[] wm = mean(world);
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    double sxu = 0;
    double syu = 0;
    double sxv = 0;
    double syv = 0;
    for (int i = 0; i < n; i++) {
      double x = image[i][0] - pm[0];
      double y = image[i][1] - pm[1];
      double u = world[i][0] - wm[0];
      double v = world[i][1] - wm[1];
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
      sxu += x * u;
      syu += y * u;
      sxv += x * v;
      syv += y * v;
    }
    double det = sxx * syy - sxy * sxy;
    double b = (sxu * syy - syu * sxy) / det;
    double c = (syu * sxx - sxu * sxy) / det;
    double e = (sxv * syy - syv * sxy) / det;
    double f = (syv * sxx - sxv * sxy) / det;
    if (b * f - c * e >= 0) {
      throw new IllegalArgumentException("the points would mirror the sheet: check that each point on the image is"
          + " paired with its own place");
    }
    double[] affine = {wm[0] - b * pm[0] - c * pm[1], b, c, wm[1] - e * pm[0] - f * pm[1], e, f};
    double[][] residuals = new double[n][];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double[] p = apply(affine, image[i][0], image[i][1]);
      double dx = p[0] - world[i][0];
      double dy = p[1] - world[i][1];
      double d = Math.hypot(dx, dy);
      residuals[i] = new double[] {dx, dy, d};
      sum += d * d;
    }
    return new AffineFit(affine, residuals, Math.sqrt(sum / n));
  }

  /** The world position {@code [x, y]} of a pixel position. */
  public double[] apply(double px, double py) {
    return apply(affine, px, py);
  }

  /** Metres on the ground per pixel along the image's x and y axes. */
  public double[] metresPerPixel() {
    return new double[] {Math.hypot(affine[1], affine[4]), Math.hypot(affine[2], affine[5])};
  }

  private static double[] apply(double[] a, double px, double py) {
    return new double[] {a[0] + a[1] * px + a[2] * py, a[3] + a[4] * px + a[5] * py};
  }

  private static double[] mean(double[][] points) {
    double x = 0;
    double y = 0;
    for (double[] p : points) {
      x += p[0];
      y += p[1];
    }
    return new double[] {x / points.length, y / points.length};
  }

  /**
   * Why the points lie on one line (or on one spot), or empty when they span an area: the ratio of the
   * smaller to the larger principal spread of the points, below {@link #MIN_THICKNESS}.
   */
  static Optional<String> collinear(double[][] points) {
    double[] m = mean(points);
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (double[] p : points) {
      double x = p[0] - m[0];
      double y = p[1] - m[1];
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
    }
    double half = (sxx + syy) / 2;
    double root = Math.sqrt(Math.max(0, half * half - (sxx * syy - sxy * sxy)));
    double large = half + root;
    double small = Math.max(0, half - root);
    if (large <= 0) {
      return Optional.of("all fall on one spot");
    }
    if (Math.sqrt(small / large) < MIN_THICKNESS) {
      return Optional.of("lie on one line: choose points spread over the sheet, not along one edge");
    }
    return Optional.empty();
  }
}
