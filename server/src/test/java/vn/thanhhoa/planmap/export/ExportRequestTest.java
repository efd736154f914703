package vn.thanhhoa.planmap.export;

import vn.thanhhoa.planmap.geo.Crs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.layer.LayerInfo;

class ExportRequestTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private static final List<LayerInfo> CATALOG = List.of(layer("roads"), layer("centres"), layer("urban-areas"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "format=gpkg&layers=roads&crs=vn2000-thanhhoa   | planmap-roads-vn2000-thanhhoa-2026-11-27.gpkg",
      "format=gpkg                                    | planmap-all-wgs84-2026-11-27.gpkg",
      "format=shp&layers=urban-areas,roads&crs=vn2000-utm48 | planmap-roads+urban-areas-vn2000-utm48-2026-11-27-shp.zip",
      "format=kml&layers=centres                      | planmap-centres-wgs84-2026-11-27.kml",
      "format=geojson&layers=roads,centres,urban-areas | planmap-all-wgs84-2026-11-27.geojson",
      "format=csv&layers=roads&task=VI.2              | planmap-roads-wgs84-2026-11-27.csv",
      "format=xlsx&crs=vn2000-utm48                   | planmap-tasks-all-2026-11-27.xlsx",
      "format=pack&layers=roads,roads                 | planmap-roads-wgs84-2026-11-27-review.zip",
  })
  void fileNamesSayWhatTheFileHoldsAndWhen(String query, String fileName) {
    assertEquals(fileName, ExportRequest.parse(params(query), CATALOG, DAY).fileName());
  }

  @Test
  void layersComeInDrawingOrderAndFiltersReachTheQuery() {
    ExportRequest r = ExportRequest.parse(params("format=csv&layers=urban-areas,roads&task=VI.2&overdue=true"),
        CATALOG, DAY);
    assertEquals(List.of("roads", "urban-areas"), r.query().layers());
    assertEquals(List.of(List.of("roads"), List.of("urban-areas")),
        r.layerQueries().stream().map(q -> q.layers()).toList(), "read layer by layer");
    assertEquals(List.of("VI.2"), r.layerQueries().get(1).tasks());
    assertEquals(List.of("VI.2"), r.query().tasks());
    assertEquals(Boolean.TRUE, r.query().overdue());
    assertEquals(Crs.WGS84, r.crs());
  }

  @ParameterizedTest(name = "{0} -> 400 on {1}")
  @CsvSource(delimiter = '|', value = {
      "format=zip                 | format",
      "layers=roads               | format",
      "format=gpkg&layers=lakes   | layers",
      "format=gpkg&crs=utm        | crs",
      "format=geojson&crs=vn2000-utm48 | crs",
      "format=gpkg&properties=name | properties",
  })
  void badParametersAreNamed(String query, String parameter) {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> ExportRequest.parse(params(query), CATALOG, DAY));
    assertEquals(parameter, e.parameter());
  }

  private static Map<String, List<String>> params(String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Arrays.stream(query.split("&")).map(p -> p.split("=", 2)).forEach(kv -> out.put(kv[0], List.of(kv[1])));
    return out;
  }

  private static LayerInfo layer(String id) {
    return new LayerInfo(id, id, id, "", "", JsonNodeFactory.instance.arrayNode(), 0, null, List.of(), null);
  }
}
