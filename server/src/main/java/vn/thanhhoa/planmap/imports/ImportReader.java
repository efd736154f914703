package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import vn.thanhhoa.planmap.export.spi.ExportWorkspace;
import vn.thanhhoa.planmap.gdal.GdalTool;
import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.geo.GeometryRules;
import vn.thanhhoa.planmap.http.BadRequestException;

/**
 * Reads an uploaded file into checked WGS84 features: the upload goes to a private temporary folder
 * (removed afterwards, whatever happens), zips are inspected and unpacked by {@link ZipGuard}, GDAL reads
 * the file in its own coordinates ({@link GdalReader}), the CRS comes from the file or the editor, and
 * {@link CoordinateTransformer} brings every vertex to WGS84. Every feature must then have a geometry that
 * is valid and lands in the region; the first that does not is named in the refusal.
 */
public final class ImportReader {
  /** Largest upload, bytes (50 MB). */
  public static final long MAX_BYTES = 50L * 1024 * 1024;
  /** Most features one import may hold. */
  public static final int MAX_FEATURES = 5000;
  /** Most files, and unpacked bytes, a zip may hold. */
  static final int MAX_ZIP_ENTRIES = 100;
  static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;
  /** Longest time GDAL may take on one step of reading a file. */
  static final Duration GDAL_LIMIT = Duration.ofSeconds(60);
  /** The CRSs an editor may choose for a file that states none. */
  public static final List<String> CHOOSABLE = List.of("EPSG:4326", "EPSG:5897", "EPSG:3405");

  private final Path tempRoot;
  private final GdalReader gdal;
  private final ZipGuard zips = new ZipGuard(MAX_ZIP_ENTRIES, MAX_UNZIPPED_BYTES);
  private final GeometryFactory wgs84 = new GeometryFactory(new PrecisionModel(), 4326);

  public ImportReader(Path tempRoot, ObjectMapper mapper) {
    this.tempRoot = tempRoot;
    this.gdal = new GdalReader(new GdalTool(GDAL_LIMIT), mapper, MAX_FEATURES, 64L * 1024 * 1024);
  }

  /** The default root of the temporary folders: {@code planmap-import} under {@code java.io.tmpdir}. */
  public static Path defaultRoot() {
    return Path.of(System.getProperty("java.io.tmpdir"), "planmap-import");
  }

  /**
   * Reads an upload.
   *
   * @param filename the file's name (its extension says the format)
   * @param body     the file's bytes (read here, at most {@link #MAX_BYTES})
   * @param chosen   the CRS the editor chose, null for none (then the file must state one)
   */
  public ImportedFile read(String filename, InputStream body, Crs chosen) {
    ImportFormat format = ImportFormat.byFilename(filename);
    if (format == null) {
      throw ImportException.unsupported("planmap imports " + String.join(", ", ImportFormat.EXTENSIONS)
          + " files; '" + filename + "' is none of these");
    }
    try (ExportWorkspace work = ExportWorkspace.create(tempRoot)) {
      Path dir = work.resolve("");
      String upload = "upload." + filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      long size = ZipGuard.copyBounded(body, dir.resolve(upload), MAX_BYTES);
      if (size == 0) {
        throw ImportException.unreadable("the file is empty");
      }
      byte[] head = new byte[32];
      try (InputStream in = Files.newInputStream(dir.resolve(upload))) {
        head = java.util.Arrays.copyOf(head, Math.max(0, in.read(head)));
      }
      if (!format.fits(head)) {
        throw ImportException.unreadable("the file's content is not " + format.title() + " (its name says "
            + format.title() + ")");
      }
      String path = switch (format) {
        case SHAPEFILE -> unzipped(dir, upload, ".shp", "the zip holds no .shp file: a zipped Shapefile needs"
            + " its .shp, .shx, .dbf and, for its CRS, .prj");
        case KMZ -> unzipped(dir, upload, ".kml", "the KMZ holds no .kml file");
        default -> upload;
      };
      GdalReader.Source source = gdal.read(format, path, dir);
      Crs crs = crs(format, source, chosen);
      return features(format, source, crs, chosen != null ? "chosen" : "file");
    } catch (IOException e) {
      throw new UncheckedIOException("reading an uploaded file", e);
    }
  }

  /**
   * Inspects and unpacks a zip; a Shapefile is then read from its unpacked {@code .shp} (or the folder of
   * several), a KMZ, checked, from the upload itself (GDAL's KML driver reads the zip).
   */
  private String unzipped(Path dir, String upload, String extension, String missing) {
    List<Path> files = zips.unpack(dir.resolve(upload), dir.resolve("unzipped"));
    List<Path> wanted = files.stream().filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
        .endsWith(extension)).toList();
    if (wanted.isEmpty()) {
      throw ImportException.unreadable(missing);
    }
    if (!extension.equals(".shp")) {
      return upload;
    }
    Path chosen = wanted.size() == 1 ? wanted.get(0)
        : wanted.stream().allMatch(p -> p.getParent().equals(wanted.get(0).getParent()))
            ? wanted.get(0).getParent() : null;
    if (chosen == null) {
      throw ImportException.unreadable("the zip holds several " + extension + " files in different folders;"
          + " zip one folder");
    }
    return dir.relativize(chosen).toString();
  }

  /**
   * The CRSs the file states (as CRS references), empty when it states none. KML is always WGS84; GDAL's
   * GeoJSON output names no CRS when the layer's is WGS84 (as RFC 7946 has it), so a layer whose CRS GDAL
   * calls "WGS 84" and that gives no other name is WGS84.
   */
  private static List<String> fileCrs(ImportFormat format, GdalReader.Source source) {
    if (format == ImportFormat.KML || format == ImportFormat.KMZ) {
      return List.of("EPSG:4326");
    }
    if (source.crsNames().isEmpty() && !source.unnamedCrs().isEmpty()
        && source.unnamedCrs().stream().allMatch("WGS 84"::equals)) {
      return List.of("EPSG:4326");
    }
    return source.crsNames().stream().distinct().toList();
  }

  private static Crs crs(ImportFormat format, GdalReader.Source source, Crs chosen) {
    if (chosen != null) {
      return chosen;
    }
    List<String> stated = fileCrs(format, source);
    if (stated.isEmpty() && source.unnamedCrs().isEmpty()) {
      throw new BadRequestException("crs", "the file (" + format.title() + ") does not say which coordinate system"
          + " its coordinates are in: choose one with crs=" + String.join(", ", CHOOSABLE)
          + " (VN-2000 / TM-3 Thanh Hóa is EPSG:5897)", CHOOSABLE);
    }
    if (stated.isEmpty()) {
      throw ImportException.unreadable("the file is in '" + source.unnamedCrs().get(0) + "', a coordinate system"
          + " planmap does not know: reproject it to WGS84, EPSG:5897 or EPSG:3405, or say which it is with crs=");
    }
    if (stated.size() > 1) {
      throw ImportException.unreadable("the file's layers are in different coordinate systems " + stated
          + ": import them one at a time");
    }
    Crs crs = CrsReference.parse(stated.get(0)).map(CrsReference::crs).orElse(null);
    if (crs == null) {
      throw ImportException.unreadable("the file is in " + stated.get(0) + ", which planmap does not read:"
          + " reproject it to WGS84, EPSG:5897 or EPSG:3405 (in QGIS: Export › Save Features As… › CRS)");
    }
    return crs;
  }

  private ImportedFile features(ImportFormat format, GdalReader.Source source, Crs crs, String crsFrom) {
    if (source.features().isEmpty()) {
      throw ImportException.unreadable("the file holds no features");
    }
    boolean swap = format == ImportFormat.CSV && crs != Crs.WGS84 && looksSwapped(source.features());
    CoordinateTransformer toWgs84 = CoordinateTransformer.toWgs84(crs);
    List<ImportedFeature> out = new ArrayList<>();
    for (int i = 0; i < source.features().size(); i++) {
      SourceFeature f = source.features().get(i);
      Geometry g = f.geometry();
      if (g == null || g.isEmpty()) {
        throw ImportException.feature(i, "feature " + i + " (layer '" + f.layer() + "') has no geometry",
            Map.of());
      }
      if (format == ImportFormat.DXF) {
        g = closedLineAsPolygon(g);
      }
      if (swap) {
        g = swapped(g);
      }
      Geometry w;
      try {
        w = wgs84.createGeometry(toWgs84.transform(g));
      } catch (RuntimeException e) {
        throw ImportException.feature(i, "feature " + i + ": its coordinates cannot be read as " + crs.title(),
            Map.of());
      }
      w.setSRID(4326);
      ImportException far = RegionCheck.problem(i, g, w, crs);
      if (far != null) {
        throw far;
      }
      int index = i;
      GeometryRules.problem(w).ifPresent(p -> {
        throw ImportException.feature(index, "feature " + index + " (layer '" + f.layer() + "'): " + p, Map.of());
      });
      out.add(new ImportedFeature(i, f.layer(), f.properties(), w));
    }
    return new ImportedFile(format, crs, crsFrom, swap, out);
  }

  /** AutoCAD draws areas as closed polylines: a closed line of a DXF becomes the polygon it bounds. */
  private Geometry closedLineAsPolygon(Geometry g) {
    if (g instanceof LineString line && line.isClosed() && line.getNumPoints() >= 4) {
      return g.getFactory().createPolygon(line.getCoordinateSequence());
    }
    return g;
  }

  /**
   * Whether a CSV's coordinates follow the Vietnamese surveying convention, X = northing and Y = easting:
   * in VN-2000 every easting lies within 500 km of 500 000 m and every northing in Vietnam above 930 000 m.
   */
  private static boolean looksSwapped(List<SourceFeature> features) {
    for (SourceFeature f : features) {
      if (f.geometry() == null) {
        continue;
      }
      for (Coordinate c : f.geometry().getCoordinates()) {
        if (!(c.x > 930_000 && c.y < 1_000_000)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Geometry swapped(Geometry g) {
    Geometry copy = g.copy();
    copy.apply((CoordinateFilter) c -> {
      double x = c.x;
      c.x = c.y;
      c.y = x;
    });
    copy.geometryChanged();
    return copy;
  }
}
