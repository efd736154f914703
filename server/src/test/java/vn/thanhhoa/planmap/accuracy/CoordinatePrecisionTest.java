package vn.thanhhoa.planmap.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class CoordinatePrecisionTest {

  @ParameterizedTest(name = "±{0} m → step {1} m, {2} decimals of a degree, {3} of a metre")
  @CsvSource({
      "1500, 100,  3, 0",
      "600,  10,   4, 0",
      "30,   1,    5, 0",
      "2,    0.1,  6, 1",
      "0.05, 0.01, 7, 2",
      "0.01, 0.01, 7, 2",
      "5000, 100,  3, 0",
  })
  void theStepIsATenthOfTheOrderOfMagnitudeNeverBelowACentimetre(double accuracy, double step, int degreeDecimals,
      int metreDecimals) {
    assertEquals(step, CoordinatePrecision.stepMetres(accuracy), 1e-12);
    assertEquals(degreeDecimals, CoordinatePrecision.degreeDecimals(accuracy));
    assertEquals(metreDecimals, CoordinatePrecision.metreDecimals(accuracy));
  }

  @Test
  void aSchematicPolygonIsRoundedTo100MetresVertexByVertexAndStaysValid() throws Exception {
    Geometry g = new WKTReader().read(
        "POLYGON ((581142.8 2191132.3, 582391.2 2191101.7, 582420.9 2192377.4, 581160.4 2192350.1, 581142.8 2191132.3))");
    Geometry r = CoordinatePrecision.round(g, 1500, false);
    assertTrue(r.isValid());
    for (var c : r.getCoordinates()) {
      assertEquals(0, c.x % 100, 1e-9, r.toText());
      assertEquals(0, c.y % 100, 1e-9, r.toText());
    }
    assertEquals("POLYGON ((581100 2191100, 582400 2191100, 582400 2192400, 581200 2192400, 581100 2191100))",
        r.toText());
  }

  @Test
  void aTinyPolygonThatWouldCollapseIsRoundedPointByPointNotDropped() throws Exception {
    Geometry g = new WKTReader().read("POLYGON ((105.7761 19.8071, 105.7763 19.8071, 105.7763 19.8073, 105.7761 19.8071))");
    Geometry r = CoordinatePrecision.round(g, 1500, true);
    assertEquals("Polygon", r.getGeometryType());
    assertTrue(r.getNumPoints() > 0, r.toText());
  }
}
