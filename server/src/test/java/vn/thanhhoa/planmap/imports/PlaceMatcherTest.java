package vn.thanhhoa.planmap.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import vn.thanhhoa.planmap.text.SearchText;

/** The name side of matching, the name found among a feature's attributes, and the format by name. */
class PlaceMatcherTest {
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "Khu công nghiệp Lễ Môn,  KHU CONG NGHIEP LE MON,          1.0",
      "KCN Lễ Môn,              Khu công nghiệp Lễ Môn,          0.5",
      "Lễ Môn,                  Khu công nghiệp Lễ Môn,          0.8",
      "Đại lộ Bắc Sông Mã,      Các khu đô thị Bắc Sông Mã,      0.5",
      "Nhà máy nước,            Khu công nghiệp Lễ Môn,          0.0",
  })
  void namesAreComparedFoldedWordByWord(String a, String b, double expected) {
    assertEquals(expected, PlaceMatcher.nameScore(SearchText.fold(a), SearchText.fold(b)), 0.01);
  }

  @Test
  void theNameComesFromTheUsualFieldsWhateverTheirCase() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode kml = m.createObjectNode().put("Name", "Khu A").put("description", "…");
    assertEquals("Khu A", PlaceMatcher.nameOf(kml));
    ObjectNode shp = m.createObjectNode().put("MA", "12").put("TEN_DU_AN", "Khu đô thị Đông Phát");
    assertEquals("Khu đô thị Đông Phát", PlaceMatcher.nameOf(shp));
    ObjectNode dxf = m.createObjectNode().put("Layer", "0").put("Text", "");
    assertEquals("", PlaceMatcher.nameOf(dxf), "a DXF layer called 0 is no name");
  }

  @ParameterizedTest
  @CsvSource({"khu.GPKG, GEOPACKAGE", "khu.zip, SHAPEFILE", "a.kmz, KMZ", "a.json, GEOJSON", "ban ve.dxf, DXF",
      "toa-do.csv, CSV"})
  void theFormatIsTheExtensions(String filename, ImportFormat format) {
    assertEquals(format, ImportFormat.byFilename(filename));
  }

  @Test
  void distancesAreGreatCircleKilometres() {
    // Thanh Hóa (19.81 N, 105.76 E) to Hà Nội's Hoàn Kiếm lake (21.0287 N, 105.8524 E): about 136 km
    double km = RegionCheck.distanceKm(new Coordinate(105.76, 19.81), new Coordinate(105.8524, 21.0287));
    assertTrue(km > 134 && km < 137, "km " + km);
  }
}
