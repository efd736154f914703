package vn.thanhhoa.planmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class RingWindingTest {

  @ParameterizedTest
  @ValueSource(strings = {
      // clockwise shell, counter-clockwise hole: both turned
      "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))",
      // already as RFC 7946 wants
      "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))",
      "MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)), ((5 5, 6 5, 6 6, 5 6, 5 5)))",
  })
  void outerRingsTurnCounterClockwiseAndHolesClockwise(String wkt) throws Exception {
    Geometry source = new WKTReader().read(wkt);
    Geometry wound = RingWinding.rfc7946(source);
    assertTrue(wound.equalsTopo(source), "the same area");
    for (int i = 0; i < wound.getNumGeometries(); i++) {
      Polygon p = (Polygon) wound.getGeometryN(i);
      assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinateSequence()), wound.toText());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        assertFalse(Orientation.isCCW(p.getInteriorRingN(h).getCoordinateSequence()), wound.toText());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"LINESTRING (0 0, 1 1, 2 0)", "POINT (1 2)",
      "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"})
  void linesPointsAndWoundPolygonsStayAsTheyAre(String wkt) throws Exception {
    Geometry source = new WKTReader().read(wkt);
    assertSame(source, RingWinding.rfc7946(source));
    assertEquals(wkt, source.toText());
  }
}
