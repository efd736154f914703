package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import vn.thanhhoa.planmap.gdal.GdalTool;

/**
 * Reads a file's features with GDAL: {@code ogrinfo -so -al} names the driver, the layers, their feature
 * counts and whether they carry a CRS; then {@code ogr2ogr -f GeoJSON -dim XY} writes each layer, in the
 * file's own coordinates, to a file of the workspace, which is parsed here. The CRS is not transformed by
 * GDAL: planmap's {@code CoordinateTransformer} does that, as for exports.
 */
final class GdalReader {
  /** What GDAL found in a file. */
  record Source(String driver, List<SourceFeature> features, List<String> crsNames, boolean someLayerHasNoCrs,
      List<String> unnamedCrs) {}

  private static final Pattern DRIVER = Pattern.compile("using driver `([^']+)' successful");
  private static final Pattern LAYER = Pattern.compile("^Layer name: (.*)$", Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("^Feature Count: (-?[0-9]+)$", Pattern.MULTILINE);
  private static final Pattern SRS = Pattern.compile("^Layer SRS WKT:\\n(.*)$", Pattern.MULTILINE);
  private static final Pattern SRS_NAME = Pattern.compile("^[A-Z]+\\[\"([^\"]*)\"");
  /** CSV columns GDAL takes as coordinates or geometry (lower case, as written in the header). */
  private static final List<String> CSV_OPTIONS = List.of(
      "-oo", "X_POSSIBLE_NAMES=x,lon,long,lng,longitude,easting,east,kinh_do,kinhdo,toa_do_x,toadox",
      "-oo", "Y_POSSIBLE_NAMES=y,lat,latitude,northing,north,vi_do,vido,toa_do_y,toadoy",
      "-oo", "GEOM_POSSIBLE_NAMES=wkt,wkt_*,geometry,geom,the_geom,shape",
      "-oo", "KEEP_GEOM_COLUMNS=NO", "-oo", "AUTODETECT_TYPE=YES");

  private final GdalTool gdal;
  private final ObjectMapper mapper;
  private final int maxFeatures;
  private final long maxGeoJsonBytes;

  GdalReader(GdalTool gdal, ObjectMapper mapper, int maxFeatures, long maxGeoJsonBytes) {
    this.gdal = gdal;
    this.mapper = mapper;
    this.maxFeatures = maxFeatures;
    this.maxGeoJsonBytes = maxGeoJsonBytes;
  }

  /**
   * Reads every layer of {@code path} (a file, or the folder of a Shapefile set) as {@code format}.
   *
   * @param path the file, relative to {@code work} (so GDAL's messages name no server folder)
   * @param work a private folder, GDAL's working folder and where its output goes
   */
  Source read(ImportFormat format, String path, Path work) {
    List<String> open = format == ImportFormat.CSV ? CSV_OPTIONS : List.of();
    List<String> info = new ArrayList<>(List.of("-ro", "-so", "-al"));
    info.addAll(open);
    info.add(path);
    GdalTool.Result r = gdal.run(work, "ogrinfo", info);
    Matcher driver = DRIVER.matcher(r.stdout());
    if (!r.ok() || !driver.find()) {
      throw ImportException.unreadable("GDAL cannot read the file as " + format.title() + firstLine(r.stderr()));
    }
    String drv = driver.group(1);
    if (!accepts(format, drv)) {
      throw ImportException.unreadable("the file's content is " + drv + ", not " + format.title()
          + ": give it the extension of its format");
    }
    List<String> layers = new ArrayList<>();
    for (Matcher m = LAYER.matcher(r.stdout()); m.find(); ) {
      layers.add(m.group(1));
    }
    if (layers.isEmpty()) {
      throw ImportException.unreadable("the file holds no layer");
    }
    long declared = 0;
    for (Matcher m = COUNT.matcher(r.stdout()); m.find(); ) {
      declared += Math.max(0, Long.parseLong(m.group(1)));
    }
    if (declared > maxFeatures) {
      throw ImportException.tooLarge("the file holds " + declared + " features; at most " + maxFeatures
          + " can be imported at once: split it, or keep only the features you need");
    }
    List<String> crsNames = new ArrayList<>();
    boolean someWithout = false;
    for (Matcher m = SRS.matcher(r.stdout()); m.find(); ) {
      String first = m.group(1);
      if (first.startsWith("(unknown)")) {
        someWithout = true;
      } else {
        Matcher name = SRS_NAME.matcher(first);
        crsNames.add(name.find() ? name.group(1) : first);
      }
    }
    List<SourceFeature> features = new ArrayList<>();
    List<String> identified = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      readLayer(format, path, work, layers.get(i), i, open, features, identified);
      if (features.size() > maxFeatures) {
        throw ImportException.tooLarge("the file holds more than " + maxFeatures + " features; split it");
      }
    }
    return new Source(drv, features, identified, someWithout, crsNames);
  }

  private void readLayer(ImportFormat format, String path, Path work, String layer, int i, List<String> open,
      List<SourceFeature> into, List<String> identified) {
    if (layer.startsWith("-")) {
      throw ImportException.unreadable("the layer '" + layer + "' has a name GDAL cannot be given; rename it");
    }
    String name = "layer-" + i + ".geojson";
    Path out = work.resolve(name);
    List<String> args = new ArrayList<>(List.of("-f", "GeoJSON", "-dim", "XY", "-lco", "RFC7946=NO",
        "-lco", "WRITE_NAME=NO"));
    args.addAll(open);
    args.addAll(List.of(name, path, layer));
    GdalTool.Result r = gdal.run(work, "ogr2ogr", args);
    if (!r.ok()) {
      throw ImportException.unreadable("GDAL could not read the layer '" + layer + "'" + firstLine(r.stderr()));
    }
    try {
      if (Files.size(out) > maxGeoJsonBytes) {
        throw ImportException.tooLarge("the layer '" + layer + "' is too detailed (more than "
            + maxGeoJsonBytes / (1024 * 1024) + " MB as GeoJSON): simplify or split it");
      }
      JsonNode root = mapper.readTree(out.toFile());
      String crs = root.path("crs").path("properties").path("name").asText("");
      if (!crs.isEmpty()) {
        identified.add(crs);
      }
      GeoJsonReader geojson = new GeoJsonReader(new GeometryFactory());
      for (JsonNode f : root.path("features")) {
        ObjectNode props = f.path("properties").isObject() ? (ObjectNode) f.get("properties")
            : mapper.createObjectNode();
        into.add(new SourceFeature(layer, props, geometry(geojson, f.path("geometry"), into.size())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading GDAL's output for layer " + layer, e);
    }
  }

  private static Geometry geometry(GeoJsonReader reader, JsonNode node, int index) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    try {
      return reader.read(node.toString());
    } catch (ParseException | RuntimeException e) {
      throw ImportException.feature(index, "feature " + index + ": its geometry cannot be read: " + e.getMessage(),
          java.util.Map.of());
    }
  }

  private static boolean accepts(ImportFormat format, String driver) {
    return driver.equals(format.driver())
        || (Set.of(ImportFormat.KML, ImportFormat.KMZ).contains(format) && driver.equals("LIBKML"));
  }

  private static String firstLine(String stderr) {
    for (String line : stderr.split("\n")) {
      String l = line.strip();
      if (l.startsWith("ERROR")) {
        return ": " + l.replaceFirst("^ERROR [0-9]+: ", "");
      }
    }
    return "";
  }
}
