package vn.thanhhoa.planmap.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The least-squares affine fit of a scanned sheet's pixels to VN-2000 metres. */
class AffineFitTest {
  /**
   * A sheet at 0.5 m per pixel, turned 2° clockwise on the ground, its top-left corner at E 580 000,
   * N 2 192 000 (EPSG:5897): x = a + b·px + c·py, y = d + e·px + f·py.
   */
  private static final double ANGLE = Math.toRadians(2);
  private static final double[] TRUE = {580_000, 0.5 * Math.cos(ANGLE), 0.5 * Math.sin(ANGLE),
      2_192_000, -0.5 * Math.sin(ANGLE), -0.5 * Math.cos(ANGLE)};

  private static double[] ground(double px, double py) {
    return new double[] {TRUE[0] + TRUE[1] * px + TRUE[2] * py, TRUE[3] + TRUE[4] * px + TRUE[5] * py};
  }

  @Test
  void threePointsFitExactlyWithZeroResiduals() {
    double[][] image = {{120, 80}, {3900, 150}, {400, 2700}};
    double[][] world = {ground(120, 80), ground(3900, 150), ground(400, 2700)};
    AffineFit fit = AffineFit.fit(image, world);
    assertArrayEquals(TRUE, fit.affine(), 1e-6);
    for (double[] r : fit.residuals()) {
      assertEquals(0, r[2], 1e-6);
    }
    assertEquals(0, fit.rms(), 1e-6);
    assertArrayEquals(ground(4000, 3000), fit.apply(4000, 3000), 1e-6, "the far corner of the sheet");
    assertArrayEquals(new double[] {0.5, 0.5}, fit.metresPerPixel(), 1e-9);
  }

  /**
   * Four corners of a square with 2 m of error on the first point's easting: the only direction the fit
   * cannot absorb is (1, −1, 1, −1) (orthogonal to 1, px and py over the corners), so each residual is
   * ∓0.5 m in x and the RMS 0.5 m, whatever the map.
   */
  @Test
  void fourNoisyPointsShareTheErrorAsTheirResiduals() {
    double[][] image = {{0, 0}, {2000, 0}, {2000, 2000}, {0, 2000}};
    double[][] world = new double[4][];
    for (int i = 0; i < 4; i++) {
      world[i] = ground(image[i][0], image[i][1]);
    }
    world[0][0] += 2.0;
    AffineFit fit = AffineFit.fit(image, world);
    double[] expectedDx = {-0.5, 0.5, -0.5, 0.5};
    for (int i = 0; i < 4; i++) {
      assertEquals(expectedDx[i], fit.residuals()[i][0], 1e-6, "dx of point " + i);
      assertEquals(0, fit.residuals()[i][1], 1e-6, "dy of point " + i);
      assertEquals(0.5, fit.residuals()[i][2], 1e-6, "distance of point " + i);
    }
    assertEquals(0.5, fit.rms(), 1e-6);
    assertEquals(TRUE[0] + 1.5, fit.affine()[0], 1e-6, "at the wrong point the sheet leans 1.5 m toward it");
  }

  @Test
  void pointsOnOneLineOfTheImageAreRefused() {
    double[][] image = {{0, 0}, {1000, 1000}, {2000, 2000.5}};
    double[][] world = {ground(0, 0), ground(1000, 0), ground(0, 1000)};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AffineFit.fit(image, world));
    assertTrue(e.getMessage().contains("image") && e.getMessage().contains("one line"), e.getMessage());
  }

  @Test
  void pointsOnOneLineOnTheGroundAreRefused() {
    double[][] image = {{0, 0}, {1000, 0}, {0, 1000}, {1000, 1000}};
    double[][] world = {{580_000, 2_190_000}, {580_100, 2_190_100}, {580_200, 2_190_200}, {580_300, 2_190_300}};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AffineFit.fit(image, world));
    assertTrue(e.getMessage().contains("ground"), e.getMessage());
  }

  @Test
  void fewerThanThreePointsAreRefused() {
    double[][] image = {{0, 0}, {1000, 0}};
    double[][] world = {ground(0, 0), ground(1000, 0)};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AffineFit.fit(image, world));
    assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
  }

  @Test
  void swappedPairsThatWouldMirrorTheSheetAreRefused() {
    double[][] image = {{0, 0}, {1000, 0}, {0, 1000}};
    double[][] world = {ground(0, 0), ground(0, 1000), ground(1000, 0)};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AffineFit.fit(image, world));
    assertTrue(e.getMessage().contains("mirror"), e.getMessage());
  }
}
