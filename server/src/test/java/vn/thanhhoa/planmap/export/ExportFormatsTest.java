package vn.thanhhoa.planmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.geo.Crs;

class ExportFormatsTest {

  @Test
  void theFormatsAreListedOnceInTheOrderTheApiDocumentsThem() {
    assertEquals(List.of("gpkg", "shp", "kml", "geojson", "csv", "xlsx", "pack"), ExportFormats.IDS);
    assertEquals(ExportFormats.ALL.size(), new HashSet<>(ExportFormats.IDS).size(), "ids are unique");
    assertTrue(ExportFormats.byId("gpkg").isPresent());
    assertFalse(ExportFormats.byId("GPKG").isPresent(), "ids are matched exactly");
  }

  @ParameterizedTest(name = "{0} in {2} → {3}")
  @CsvSource({
      "gpkg,    roads,         vn2000-thanhhoa, planmap-roads-vn2000-thanhhoa-2026-11-27.gpkg",
      "shp,     all,           vn2000-utm48,    planmap-all-vn2000-utm48-2026-11-27-shp.zip",
      "kml,     roads+centres, wgs84,           planmap-roads+centres-wgs84-2026-11-27.kml",
      "geojson, all,           wgs84,           planmap-all-wgs84-2026-11-27.geojson",
      "csv,     centres,       vn2000-thanhhoa, planmap-centres-vn2000-thanhhoa-2026-11-27.csv",
      "xlsx,    all,           vn2000-thanhhoa, planmap-tasks-all-2026-11-27.xlsx",
      "pack,    roads,         wgs84,           planmap-roads-wgs84-2026-11-27-review.zip",
  })
  void aFileNameSaysWhatTheExportHoldsAndWhen(String id, String layers, String crs, String expected) {
    ExportFormat format = ExportFormats.byId(id).orElseThrow();
    assertEquals(expected, format.fileName(layers, Crs.byId(crs), LocalDate.of(2026, 11, 27)));
  }

  @Test
  void onlyKmlAndGeoJsonAreAlwaysWgs84AndOnlyGeoJsonReadsTheItemsAsServed() {
    for (ExportFormat f : ExportFormats.ALL) {
      assertEquals(!List.of("kml", "geojson").contains(f.id()), f.projectable(), f.id());
      assertEquals(f.id().equals("geojson"), f.reading() == ExportFormat.Reading.ITEMS, f.id());
    }
  }
}
