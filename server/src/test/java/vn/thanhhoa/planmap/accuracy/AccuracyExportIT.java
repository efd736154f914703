package vn.thanhhoa.planmap.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.planmap.support.Gdal;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.ZipFiles;

/**
 * Every export carries accuracy_class and accuracy_m, and writes coordinates no finer than the accuracy
 * warrants — read back with GDAL's ogrinfo, not with planmap's code. Over the project's geodata:
 * trung-tam-dong-bac is schematic ±1,500 m (→ 100 m, 3 decimals of a degree), kcn-le-mon inferred ±500 m
 * (→ 10 m), song-ma inferred ±50 m (→ 1 m).
 */
class AccuracyExportIT extends ServerPerClass {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  @TempDir
  Path tmp;

  @Test
  void geoPackageCarriesTheFieldsAndRoundsDegreesByAccuracy() throws Exception {
    Path gpkg = download("/export?format=gpkg&layers=centres,context", "gpkg");
    String summary = Gdal.ogrinfo("-ro", "-so", gpkg.toString(), "centres");
    assertTrue(summary.contains("\naccuracy_class: String"), summary);
    assertTrue(summary.contains("\naccuracy_m: Real"), summary);
    String centre = Gdal.ogrinfo("-ro", gpkg.toString(), "centres", "-where", "id = 'trung-tam-dong-bac'");
    assertTrue(centre.contains("accuracy_class (String) = schematic"), centre);
    assertTrue(centre.contains("accuracy_m (Real) = 1500"), centre);
    assertTrue(centre.contains("accuracy_source_en (String) = Place names and points compiled from public sources"),
        centre);
    assertTrue(centre.contains("accuracy_vi (String) = sơ đồ, ±1.500 m: chưa nguồn nào xác định vị trí"), centre);
    assertMaxDecimals(centre, "POLYGON", 3);
    String boundary = Gdal.ogrinfo("-ro", gpkg.toString(), "context", "-where", "id = 'tp-thanh-hoa-2021'");
    assertTrue(boundary.contains("accuracy_class (String) = from_plan"), boundary);
    assertMaxDecimals(boundary, "POLYGON", 5);
    assertTrue(maxDecimals(boundary, "POLYGON") >= 4, "a ±30 m boundary keeps metre-level decimals: " + boundary);
  }

  @Test
  void vn2000CoordinatesAreRoundedToATenthOfTheAccuracysOrderOfMagnitude() throws Exception {
    Path gpkg = download("/export?format=gpkg&layers=centres,industrial-zones,river&crs=vn2000-thanhhoa", "gpkg");
    assertAllMultiplesOf(Gdal.ogrinfo("-ro", gpkg.toString(), "centres", "-where", "id = 'trung-tam-dong-bac'"),
        "POLYGON", 100);
    String leMon = Gdal.ogrinfo("-ro", gpkg.toString(), "industrial-zones", "-where", "id = 'kcn-le-mon'");
    assertAllMultiplesOf(leMon, "POLYGON", 10);
    assertFalse(allMultiplesOf(leMon, "POLYGON", 100), "±500 m is not rounded as coarsely as ±1,500 m: " + leMon);
    assertAllMultiplesOf(Gdal.ogrinfo("-ro", gpkg.toString(), "river", "-where", "id = 'song-ma'"),
        "LINESTRING", 1);
  }

  @Test
  void shapefilesCarryTenCharacterFieldsWithANumberForTheMetres() throws Exception {
    Path dir = unzipped(download("/export?format=shp&layers=centres&crs=vn2000-utm48", "zip"));
    String shp = dir.resolve("centres_polygon.shp").toString();
    String summary = Gdal.ogrinfo("-ro", "-so", shp, "centres_polygon");
    assertTrue(summary.contains("\nacc_class: String"), summary);
    assertTrue(summary.contains("\naccuracy_m: Real"), summary);
    String centre = Gdal.ogrinfo("-ro", shp, "centres_polygon", "-where", "id = 'trung-tam-dong-bac'");
    assertTrue(centre.contains("acc_class (String) = schematic"), centre);
    assertTrue(centre.contains("accuracy_m (Real) = 1500"), centre);
    assertAllMultiplesOf(centre, "POLYGON", 100);
    String readme = Files.readString(dir.resolve("README.txt"));
    assertTrue(readme.contains("acc_class  <- accuracy_class"), readme);
  }

  @Test
  void kmlAndCsvCarryTheFieldsAndRoundedCoordinates() throws Exception {
    Path kml = download("/export?format=kml&layers=centres", "kml");
    String centre = Gdal.ogrinfo("-ro", kml.toString(), "-where", "id = 'trung-tam-dong-bac'", "-al");
    assertTrue(centre.contains("accuracy_class (String) = schematic"), centre);
    assertTrue(centre.contains("accuracy_m (String) = 1500"), centre);
    assertMaxDecimals(centre, "POLYGON", 3);

    Path csv = download("/export?format=csv&layers=centres&crs=vn2000-thanhhoa", "csv");
    String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
    assertTrue(header.contains(",accuracy_class,accuracy_m,"), header);
    String row = Gdal.ogrinfo("-ro", "-oo", "GEOM_POSSIBLE_NAMES=wkt_epsg_5897", "-oo", "KEEP_GEOM_COLUMNS=NO",
        csv.toString(), "-al", "-where", "id = 'trung-tam-dong-bac'");
    assertTrue(row.contains("accuracy_class (String) = schematic"), row);
    assertTrue(row.contains("accuracy_m (Integer) = 1500") || row.contains("accuracy_m (Real) = 1500")
        || row.contains("accuracy_m (String) = 1500"), row);
    assertAllMultiplesOf(row, "POLYGON", 100);
  }

  @Test
  void theWorkbookListsEveryPlaceWithItsAccuracyAndThePackReadmeCountsThem() throws Exception {
    Path xlsx = download("/export?format=xlsx", "xlsx");
    String places = Gdal.ogrinfo("-ro", "--config", "OGR_XLSX_HEADERS", "FORCE", "--config",
        "OGR_XLSX_FIELD_TYPES", "AUTO", xlsx.toString(), "Địa điểm", "-where", "\"Mã địa điểm\" = 'tp-thanh-hoa-2021'");
    assertTrue(places.contains("accuracy_class (String) = from_plan"), places);
    assertTrue(places.contains("accuracy_m (Integer) = 30") || places.contains("accuracy_m (Real) = 30"), places);
    String all = Gdal.ogrinfo("-ro", "-so", "--config", "OGR_XLSX_HEADERS", "FORCE", xlsx.toString(), "Địa điểm");
    assertTrue(all.contains("Feature Count: " + placeCount() + "\n"), "every place: " + all);

    Path dir = unzipped(download("/export?format=pack&layers=centres", "zip"));
    String readme = Files.readString(dir.resolve("README.txt"));
    assertTrue(readme.contains("inferred 1, schematic 5, not_located 0"), "the six centres counted by class: " + readme);
    assertTrue(readme.contains("accuracy_m"), readme);
  }

  private static long placeCount() throws java.sql.SQLException {
    try (var c = server.database.dataSource().getConnection(); var st = c.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM feature")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Path download(String url, String suffix) throws IOException {
    HttpResponse<byte[]> r = server.getBytes(url);
    assertEquals(200, r.statusCode(), () -> url + ": " + new String(r.body(), StandardCharsets.UTF_8));
    Path file = tmp.resolve("download-" + System.nanoTime() + "." + suffix);
    Files.write(file, r.body());
    return file;
  }

  private Path unzipped(Path zip) throws IOException {
    return ZipFiles.unzip(zip, tmp.resolve("unzipped-" + System.nanoTime()));
  }

  /** The ordinates of the geometry line ogrinfo prints ("  POLYGON ((…))"). */
  private static List<BigDecimal> ordinates(String ogrinfo, String type) {
    int start = ogrinfo.indexOf("  " + type + " ");
    assertTrue(start >= 0, "no " + type + " in " + ogrinfo);
    Matcher m = NUMBER.matcher(ogrinfo.substring(start, ogrinfo.indexOf('\n', start)));
    List<BigDecimal> out = new ArrayList<>();
    while (m.find()) {
      out.add(new BigDecimal(m.group()));
    }
    assertTrue(out.size() >= 2, ogrinfo);
    return out;
  }

  private static int maxDecimals(String ogrinfo, String type) {
    return ordinates(ogrinfo, type).stream().mapToInt(d -> Math.max(0, d.stripTrailingZeros().scale())).max()
        .orElseThrow();
  }

  private static void assertMaxDecimals(String ogrinfo, String type, int decimals) {
    assertTrue(maxDecimals(ogrinfo, type) <= decimals, "at most " + decimals + " decimals: " + ogrinfo);
  }

  private static boolean allMultiplesOf(String ogrinfo, String type, int metres) {
    return ordinates(ogrinfo, type).stream()
        .allMatch(d -> d.remainder(BigDecimal.valueOf(metres)).abs().compareTo(new BigDecimal("0.000001")) < 0);
  }

  private static void assertAllMultiplesOf(String ogrinfo, String type, int metres) {
    assertTrue(allMultiplesOf(ogrinfo, type, metres), "every ordinate a multiple of " + metres + " m: " + ogrinfo);
  }
}
