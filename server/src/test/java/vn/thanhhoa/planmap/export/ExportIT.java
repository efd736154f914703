package vn.thanhhoa.planmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thanhhoa.planmap.support.OgrInfo.featureBlock;
import static vn.thanhhoa.planmap.support.OgrInfo.featureCount;
import static vn.thanhhoa.planmap.support.OgrInfo.layerBlock;
import static vn.thanhhoa.planmap.support.OgrInfo.wkt;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;
import vn.thanhhoa.planmap.support.Gdal;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestServer;
import vn.thanhhoa.planmap.support.ZipFiles;

/**
 * Every export format over the minimal fixture (roads: 2 LineStrings, centres: 1 Polygon; tasks IV.10,
 * VI.2, VI.3), read back with GDAL's ogrinfo (and POI for the workbook), not with planmap's own code.
 */
class ExportIT {
  private static final String ROAD = "Đại lộ Bắc Sông Mã";
  private static final String BRIDGE = "Cầu Đại Hưng";
  private static final String CENTRE = "Trung tâm hiện hữu";
  private static TestServer server;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestDatabases.fixture("geodata/minimal"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void geoPackageHasATablePerLayerTheTasksAndTheirLinksInWgs84() throws Exception {
    Path gpkg = download("/export?format=gpkg", "application/geopackage+sqlite3",
        "planmap-all-wgs84-2026-11-27.gpkg", ".gpkg");
    String summary = Gdal.ogrinfo("-ro", "-al", "-so", gpkg.toString());
    assertEquals(2, featureCount(summary, "roads"));
    assertEquals(1, featureCount(summary, "centres"));
    assertEquals(3, featureCount(summary, "tasks"));
    assertEquals(4, featureCount(summary, "feature_tasks"), "one link per feature–task pair");
    assertTrue(layerBlock(summary, "roads").contains("Geometry: Line String"), summary);
    assertTrue(layerBlock(summary, "centres").contains("Geometry: Polygon"), summary);
    assertTrue(layerBlock(summary, "roads").contains("ID[\"EPSG\",4326]"), summary);
    for (String column : List.of("id", "name", "name_en", "kind", "accuracy", "source_text", "tasks", "ward_2025")) {
      assertTrue(layerBlock(summary, "roads").contains("\n" + column + ": String"), column + " in " + summary);
    }
    String all = Gdal.ogrinfo("-ro", "-al", gpkg.toString());
    String road = featureBlock(all, "name (String) = " + ROAD);
    assertTrue(road.contains("tasks (String) = VI.2"), road);
    assertTrue(road.contains("ward_2025 (String) = Nguyệt Viên"), road);
    assertTrue(road.contains("LINESTRING (105.78 19.85,105.8 19.84,105.83 19.82)"), road);
    assertTrue(all.contains("tasks (String) = VI.2; VI.3"), "the bridge's two tasks in one field");
    String task = featureBlock(all, "code (String) = IV.10");
    assertTrue(task.contains("due_date (Date) = 2023/03/31"), task);
    assertTrue(task.contains("timeliness (String) = overdue"), task);
    assertTrue(task.contains("progress (String) = not_reported"), task);
    assertTrue(task.contains("days_overdue (Integer64) = 1337"), task);
    assertTrue(task.contains("lead (String) = Sở Xây dựng"), task);
  }

  @Test
  void geoPackageInTheProvincialCrsCarriesEpsg5897AndVn2000Coordinates() throws Exception {
    Path gpkg = download("/export?format=gpkg&layers=roads&crs=vn2000-thanhhoa", "application/geopackage+sqlite3",
        "planmap-roads-vn2000-thanhhoa-2026-11-27.gpkg", ".gpkg");
    String summary = Gdal.ogrinfo("-ro", "-al", "-so", gpkg.toString());
    assertTrue(summary.contains("ID[\"EPSG\",5897]"), summary);
    assertTrue(summary.contains("VN-2000 / TM-3 zone 482"), summary);
    assertFalse(summary.contains("Layer name: centres"), "only the layer asked for");
    String all = Gdal.ogrinfo("-ro", "-al", gpkg.toString());
    // (105.78 E, 19.85 N): cs2cs gives E 581499.341 N 2195838.698 (see CoordinateTransformerTest)
    assertTrue(all.contains("LINESTRING (581499.34 2195838.7,"), all);
  }

  @Test
  void shapefilesAreOneSetPerLayerAndTypeWithUtf8TextAndTheirCrs() throws Exception {
    Path zip = download("/export?format=shp&crs=vn2000-utm48", "application/zip",
        "planmap-all-vn2000-utm48-2026-11-27-shp.zip", ".zip");
    Path dir = ZipFiles.unzip(zip, tmp.resolve("unzipped"));
    for (String set : List.of("roads_line", "centres_polygon")) {
      for (String ext : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
        assertTrue(Files.exists(dir.resolve(set + ext)), set + ext);
      }
      assertEquals("UTF-8", Files.readString(dir.resolve(set + ".cpg")));
    }
    String readme = Files.readString(dir.resolve("README.txt"));
    assertTrue(readme.contains("src_text   <- source_text"), readme);
    assertTrue(readme.contains("ward_2025  <- ward_2025"), readme);
    String roads = Gdal.ogrinfo("-ro", "-al", dir.resolve("roads_line.shp").toString());
    assertEquals(2, featureCount(roads, "roads_line"));
    assertTrue(roads.contains("Geometry: Line String"), roads);
    assertTrue(roads.contains("ID[\"EPSG\",3405]"), roads);
    String road = featureBlock(roads, "name (String) = " + ROAD);
    assertTrue(road.contains("src_text (String) = " + ROAD), road);
    assertTrue(road.contains("ward_2025 (String) = Nguyệt Viên"), road);
    assertTrue(road.contains("LINESTRING (581474.89 2195179.88,"), "UTM 48N per cs2cs: " + road);
    assertTrue(roads.contains("tasks (String) = VI.2; VI.3"), roads);
    String centres = Gdal.ogrinfo("-ro", "-al", dir.resolve("centres_polygon.shp").toString());
    assertEquals(1, featureCount(centres, "centres_polygon"));
    assertTrue(centres.contains("Geometry: Polygon"), centres);
    Polygon polygon = (Polygon) new WKTReader().read(wkt(centres, "POLYGON"));
    assertFalse(Orientation.isCCW(polygon.getExteriorRing().getCoordinateSequence()),
        "the outer ring is clockwise, as Shapefiles want it (the source ring is counter-clockwise)");
    assertTrue(centres.contains("name (String) = " + CENTRE), centres);
  }

  @Test
  void kmlHasAFolderPerLayerWithPlacemarksStylesAndBalloons() throws Exception {
    Path kml = download("/export?format=kml", "application/vnd.google-earth.kml+xml",
        "planmap-all-wgs84-2026-11-27.kml", ".kml");
    String summary = Gdal.ogrinfo("-ro", "-al", "-so", kml.toString());
    assertEquals(2, featureCount(summary, "Đường và cầu"));
    assertEquals(1, featureCount(summary, "Trung tâm đô thị"));
    assertTrue(summary.contains("ID[\"EPSG\",4326]"), summary);
    String all = Gdal.ogrinfo("-ro", "-al", kml.toString());
    String road = featureBlock(all, "Name (String) = " + ROAD);
    assertTrue(road.contains("LINESTRING (105.78 19.85,105.8 19.84,105.83 19.82)"), road);
    assertTrue(road.contains("UBND thành phố Thanh Hóa"), "lead agency in the balloon: " + road);
    assertTrue(road.contains("Trong thời gian thực hiện Nghị quyết"), "deadline in the balloon: " + road);
    assertTrue(road.contains("VI.2"), road);
    String centre = featureBlock(all, "Name (String) = " + CENTRE);
    assertTrue(centre.contains("POLYGON"), centre);
    assertTrue(centre.contains("31/03/2023"), "due date in the balloon: " + centre);
    assertTrue(centre.contains("Quá hạn / Overdue"), "overdue on 27/11/2026: " + centre);
    String text = Files.readString(kml);
    assertTrue(text.contains("<Style id=\"k-roads.bridge\">"), "a style per kind");
    assertTrue(text.contains("<styleUrl>#k-roads.bridge</styleUrl>"), "the bridge uses its kind's style");
  }

  @Test
  void geoJsonIsTheItemsFeaturesFiltered() throws Exception {
    Path json = download("/export?format=geojson&layers=roads&task=VI.3", "application/geo+json",
        "planmap-roads-wgs84-2026-11-27.geojson", ".geojson");
    String all = Gdal.ogrinfo("-ro", "-al", json.toString());
    assertTrue(all.contains("Feature Count: 1"), all);
    assertTrue(all.contains("name (String) = " + BRIDGE), all);
    assertTrue(all.contains("LINESTRING (105.83 19.8,105.84 19.81)"), all);
    JsonNode fc = server.mapper.readTree(json.toFile());
    assertEquals("VI.3", fc.path("features").get(0).path("properties").path("tasks").get(1).path("code").asText());
  }

  @Test
  void csvStartsWithABomAndAWktHeaderThatGdalReadsWithNoOptions() throws Exception {
    Path csv = download("/export?format=csv&crs=EPSG:5897", "text/csv",
        "planmap-all-vn2000-thanhhoa-2026-11-27.csv", ".csv");
    byte[] bytes = Files.readAllBytes(csv);
    assertEquals(0xEF, bytes[0] & 0xFF);
    assertEquals(0xBB, bytes[1] & 0xFF);
    assertEquals(0xBF, bytes[2] & 0xFF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("WKT,layer,id,name,name_en,kind,accuracy_class,accuracy_m,accuracy,accuracy_vi,"
        + "accuracy_source,accuracy_source_en,source_text,tasks,ward_2025\r\n"), text);
    String all = Gdal.ogrinfo("-ro", "-al", csv.toString());
    assertTrue(all.contains("Geometry: Unknown (any)") || all.contains("Geometry: Line String"), all);
    assertTrue(all.contains("Feature Count: 3"), all);
    assertTrue(all.contains("name (String) = " + ROAD), all);
    assertTrue(all.contains("LINESTRING (581499.34 2195838.7,"), all);
    assertTrue(all.contains("POLYGON (("), all);
    assertTrue(all.contains("tasks (String) = VI.2; VI.3"), all);
  }

  @Test
  void workbookHasOneRowPerTaskWithRealDatesAndAFrozenHeader() throws Exception {
    HttpResponse<byte[]> r = server.getBytes("/export?format=xlsx");
    assertEquals(200, r.statusCode());
    assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.of(r));
    assertEquals("attachment; filename=\"planmap-tasks-all-2026-11-27.xlsx\"",
        r.headers().firstValue("Content-Disposition").orElse(""));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = wb.getSheetAt(0);
      assertEquals(1 + 3, sheet.getPhysicalNumberOfRows(), "a header and the fixture's three tasks");
      assertEquals(List.of("Mã", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian báo cáo",
          "Hạn báo cáo (ngày)", "Tiến độ", "Thời hạn", "Số ngày trễ / quá hạn", "Địa điểm"), texts(sheet.getRow(0)));
      assertTrue(sheet.getPaneInformation().isFreezePane());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0), "widths set: content is wide");
      Row iv10 = sheet.getRow(1);
      assertEquals("IV.10", iv10.getCell(0).getStringCellValue());
      assertEquals("Sở Xây dựng", iv10.getCell(2).getStringCellValue());
      assertEquals("UBND thành phố Thanh Hóa", iv10.getCell(3).getStringCellValue());
      Cell due = iv10.getCell(6);
      assertTrue(DateUtil.isCellDateFormatted(due), "a real Excel date");
      assertEquals(LocalDate.of(2023, 3, 31), due.getLocalDateTimeCellValue().toLocalDate());
      assertEquals("dd/mm/yyyy", due.getCellStyle().getDataFormatString());
      assertEquals("Quá hạn", iv10.getCell(8).getStringCellValue(), "overdue on 27/11/2026, in words");
      assertEquals(1337, iv10.getCell(9).getNumericCellValue(), "days overdue");
      assertEquals("Chưa có báo cáo", iv10.getCell(7).getStringCellValue(), "the progress in words");
      assertEquals(CENTRE, iv10.getCell(10).getStringCellValue());
      Row vi2 = sheet.getRow(2);
      assertEquals("VI.2", vi2.getCell(0).getStringCellValue());
      assertEquals(null, vi2.getCell(6), "ongoing: no due date");
      assertEquals("Thường xuyên", vi2.getCell(8).getStringCellValue(), "ongoing: no due date");
      assertEquals(null, vi2.getCell(9), "neither late nor overdue");
      assertEquals(ROAD + "; " + BRIDGE, vi2.getCell(10).getStringCellValue(), "in drawing order");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        server.getBytes("/export?format=xlsx&lead=so-xay-dung").body()))) {
      assertEquals(1 + 2, wb.getSheetAt(0).getPhysicalNumberOfRows(), "IV.10 and VI.3 are led by Sở Xây dựng");
    }
  }

  @Test
  void reviewPackHoldsEveryPartAndAReadme() throws Exception {
    Path zip = download("/export?format=pack&layers=roads", "application/zip",
        "planmap-roads-wgs84-2026-11-27-review.zip", ".zip");
    Path dir = ZipFiles.unzip(zip, tmp.resolve("unzipped"));
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString()));
    }
    for (String part : List.of("README.txt", "planmap-roads-wgs84-2026-11-27.gpkg", "planmap-roads-wgs84-2026-11-27.kml",
        "planmap-tasks-roads-2026-11-27.xlsx", "shapefiles/roads_line.shp", "shapefiles/roads_line.dbf",
        "shapefiles/README.txt")) {
      assertTrue(names.contains(part), part + " in " + names);
    }
    String readme = Files.readString(dir.resolve("README.txt"));
    assertTrue(readme.contains("2026-11-27 12:00"), readme);
    assertTrue(readme.contains("layers=roads"), readme);
    assertTrue(readme.contains("not surveyed"), readme);
    assertTrue(readme.contains("gis.chinhphu.vn"), readme);
    assertTrue(readme.contains("dvhcvn"), readme);
    String gpkg = Gdal.ogrinfo("-ro", "-so", "-al", dir.resolve("planmap-roads-wgs84-2026-11-27.gpkg").toString());
    assertEquals(2, featureCount(gpkg, "roads"));
    String kml = Gdal.ogrinfo("-ro", "-so", "-al", dir.resolve("planmap-roads-wgs84-2026-11-27.kml").toString());
    assertEquals(2, featureCount(kml, "Đường và cầu"));
    try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("planmap-tasks-roads-2026-11-27.xlsx").toFile())) {
      assertEquals(1 + 3, wb.getSheetAt(0).getPhysicalNumberOfRows());
    }
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "/export?format=pdf                    | format | gpkg",
      "/export                               | format | pack",
      "/export?format=gpkg&layers=roads,nope | layers | centres",
      "/export?format=gpkg&crs=epsg3857      | crs    | vn2000-thanhhoa",
      "/export?format=kml&crs=vn2000-utm48   | crs    | wgs84",
      "/export?format=gpkg&limit=5           | limit  | layers",
      "/export?format=gpkg&due_before=soon   | due_before | yyyy-mm-dd",
  })
  void badInputIs400NamingTheParameterAndWhatItAllows(String url, String parameter, String allowedValue) {
    JsonNode problem = server.json(url, 400);
    assertEquals(parameter, problem.path("parameter").asText(), problem.toString());
    assertTrue(problem.path("allowed").toString().contains(allowedValue), problem.toString());
    assertEquals(400, problem.path("status").asInt());
  }

  private Path download(String url, String mediaType, String fileName, String suffix) throws IOException {
    HttpResponse<byte[]> r = server.getBytes(url);
    assertEquals(200, r.statusCode(), () -> url + ": " + new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(mediaType, MediaType.of(r));
    assertEquals("attachment; filename=\"" + fileName + "\"", r.headers().firstValue("Content-Disposition").orElse(""));
    Path file = tmp.resolve("download" + suffix);
    Files.write(file, r.body());
    return file;
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }
}
