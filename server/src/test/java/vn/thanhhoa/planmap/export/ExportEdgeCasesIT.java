package vn.thanhhoa.planmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thanhhoa.planmap.support.OgrInfo.featureCount;
import static vn.thanhhoa.planmap.support.OgrInfo.value;
import static vn.thanhhoa.planmap.support.OgrInfo.wkt;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;
import vn.thanhhoa.planmap.export.shapefile.DbfWriter;
import vn.thanhhoa.planmap.support.Gdal;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestServer;
import vn.thanhhoa.planmap.support.ZipFiles;

/**
 * The fixture {@code geodata/export_edge_cases}: a hyphenated layer id, a MultiPolygon with a hole whose
 * rings turn the wrong way for Shapefiles, a name full of characters that CSV, HTML and XML treat
 * specially, extra properties whose names collide at 10 characters or are not ASCII, a text longer than a
 * dBASE field, and Point, MultiPoint and GeometryCollection features. Read back with ogrinfo.
 */
class ExportEdgeCasesIT {
  private static final String AWKWARD_NAME = "Khu \"A\", <b>B</b> & 'C'";
  private static TestServer server;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestDatabases.fixture("geodata/export_edge_cases"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void geoPackageKeepsHyphenatedTablesMultiPolygonsAndEveryPropertyWhole() throws Exception {
    Path gpkg = download("/export?format=gpkg", "export.gpkg");
    String all = Gdal.ogrinfo("-ro", "-al", gpkg.toString());
    assertTrue(all.contains("Layer name: khu-do-thi"), all);
    assertTrue(all.contains("Geometry: Multi Polygon"), all);
    assertTrue(all.contains("name (String) = " + AWKWARD_NAME), all);
    assertTrue(all.contains("Tên khác (String) = Khu đô thị phía Đông"), all);
    assertTrue(all.contains("ward_2022_note (String) = sáp nhập vào Hạc Thành"), all);
    assertTrue(all.contains("dự kiến hoàn thành trước năm 2030 theo Quyết định phê duyệt điều chỉnh quy hoạch chung."),
        "the long text whole");
    assertTrue(all.contains("Layer name: diem"), all);
    assertTrue(all.contains("GEOMETRYCOLLECTION (POINT (105.8 19.83),LINESTRING (105.8 19.83,105.81 19.835))"), all);
  }

  @Test
  void shapefilesSplitByTypeFitFieldNamesOrientRingsAndCutLongTextCleanly() throws Exception {
    Path dir = ZipFiles.unzip(download("/export?format=shp", "export.zip"), tmp.resolve("unzipped"));
    String readme = Files.readString(dir.resolve("README.txt"));
    for (String mapping : List.of("ward_2022_ <- ward_2022_name", "ward_202_1 <- ward_2022_note",
        "ten_khac   <- Tên khác", "status_not <- status_note", "files: khu-do-thi_polygon",
        "files: diem_point, diem_multipoint, diem_line",
        "TEXT CUT TO 254 BYTES IN THIS EXPORT\n  khu-do-thi: status_not (1 record); first: feature khu-a-b\n\n")) {
      assertTrue(readme.contains(mapping), mapping + " in " + readme);
    }
    String areas = Gdal.ogrinfo("-ro", "-al", dir.resolve("khu-do-thi_polygon.shp").toString());
    assertTrue(areas.contains("ward_2022_ (String) = Đông Hải"), areas);
    assertTrue(areas.contains("ward_202_1 (String) = sáp nhập vào Hạc Thành"), areas);
    assertTrue(areas.contains("ten_khac (String) = Khu đô thị phía Đông"), areas);
    assertTrue(areas.contains("name (String) = " + AWKWARD_NAME), areas);
    String note = value(areas, "status_not");
    assertTrue(note.getBytes(StandardCharsets.UTF_8).length <= DbfWriter.FIELD_LENGTH, note);
    assertTrue(note.length() > 150, note);
    assertTrue("Dự án đang được triển khai theo từng giai đoạn; giai đoạn một hoàn thành phần hạ tầng kỹ thuật,".startsWith(
        note.substring(0, 40)), "cut at a character boundary, still UTF-8: " + note);
    Geometry multi = new WKTReader().read(wkt(areas, "MULTIPOLYGON"));
    assertEquals(2, multi.getNumGeometries(), multi.toText());
    Polygon withHole = (Polygon) multi.getGeometryN(0);
    assertFalse(Orientation.isCCW(withHole.getExteriorRing().getCoordinateSequence()), "outer rings clockwise");
    assertTrue(Orientation.isCCW(withHole.getInteriorRingN(0).getCoordinateSequence()), "holes counter-clockwise");
    assertFalse(Orientation.isCCW(((Polygon) multi.getGeometryN(1)).getExteriorRing().getCoordinateSequence()),
        "the second polygon's outer ring, counter-clockwise in the source, is turned");
    assertEquals(1, featureCount(Gdal.ogrinfo("-ro", "-al", "-so", dir.resolve("diem_point.shp").toString())));
    assertEquals(2, featureCount(Gdal.ogrinfo("-ro", "-al", "-so", dir.resolve("diem_multipoint.shp").toString())),
        "the MultiPoint and the collection's point");
    String line = Gdal.ogrinfo("-ro", "-al", dir.resolve("diem_line.shp").toString());
    assertTrue(line.contains("name (String) = Bến đò"), line);
    assertTrue(line.contains("LINESTRING (105.8 19.83,105.81 19.835)"), line);
  }

  @Test
  void kmlAndCsvCarryTheAwkwardNameExactly() throws Exception {
    Path kml = download("/export?format=kml&layers=khu-do-thi", "export.kml");
    String k = Gdal.ogrinfo("-ro", "-al", kml.toString());
    assertTrue(k.contains("Name (String) = " + AWKWARD_NAME), k);
    assertTrue(k.contains("MULTIPOLYGON"), k);
    String text = Files.readString(kml);
    assertTrue(text.contains("<h3>Khu &quot;A&quot;, &lt;b&gt;B&lt;/b&gt; &amp; &#39;C&#39;</h3>"),
        "escaped in the balloon: " + text);
    Path csv = download("/export?format=csv", "export.csv");
    String c = Gdal.ogrinfo("-ro", "-al", "-oo", "GEOM_POSSIBLE_NAMES=wkt_*", "-oo", "KEEP_GEOM_COLUMNS=NO",
        csv.toString());
    assertTrue(c.contains("name (String) = " + AWKWARD_NAME), c);
    assertTrue(c.contains("Feature Count: 4"), c);
    assertTrue(c.contains("Tên khác (String) = Khu đô thị phía Đông"), c);
  }

  private Path download(String url, String name) throws IOException {
    HttpResponse<byte[]> r = server.getBytes(url);
    assertEquals(200, r.statusCode(), () -> url + ": " + new String(r.body(), StandardCharsets.UTF_8));
    return Files.write(tmp.resolve(name), r.body());
  }
}
