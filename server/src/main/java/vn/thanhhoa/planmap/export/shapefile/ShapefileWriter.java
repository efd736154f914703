package vn.thanhhoa.planmap.export.shapefile;

import vn.thanhhoa.planmap.geo.Crs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportNotes;
import vn.thanhhoa.planmap.export.spi.ExportWriter;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * Writes an export as Shapefiles into a folder: one set ({@code .shp .shx .dbf .prj .cpg}) per layer and
 * shape type, named {@code <layer>_<point|multipoint|line|polygon>}, plus a {@code README.txt} that gives
 * each layer's field names (see {@link ShapefileFieldNames}).
 *
 * <p>The sets of a layer are closed when the next layer starts, so at most four are open at once. A GeometryCollection is
 * split by shape type into the matching sets, one record in each. The {@code .prj} holds the CRS as ESRI
 * WKT; the {@code .cpg} says "UTF-8", the encoding of the {@code .dbf} text. A layer with no feature has no
 * set.
 */
public final class ShapefileWriter implements ExportWriter {
  /** A zip of Shapefiles, one set per layer and geometry type, with a README of the field names. */
  public static final ExportFormat FORMAT = new ExportFormat("shp", "application/zip",
      "planmap-{layers}-{crs}-{day}-shp.zip", true, ExportFormat.Reading.FEATURES, ShapefileWriter::new);

  private final ExportJob job;
  private final Path dir;
  private final Crs crs;
  private final LocalDate day;
  private final Map<String, LayerInfo> layers = new LinkedHashMap<>();
  private final Map<String, List<String>> setsByLayer = new LinkedHashMap<>();
  private final Map<ShapeType, FileSet> open = new EnumMap<>(ShapeType.class);
  /** Per layer, per field, the records whose text was cut to 254 bytes; and the first such feature of the layer. */
  private final Map<String, Map<String, Integer>> cutByLayer = new LinkedHashMap<>();
  private final Map<String, String> firstCut = new LinkedHashMap<>();
  private String currentLayer;
  private ShapefileFieldNames currentNames;

  /** The files of one layer and shape type. */
  private static final class FileSet {
    final ShapeGeometryWriter shapes;
    final DbfWriter table;

    FileSet(ShapeGeometryWriter shapes, DbfWriter table) {
      this.shapes = shapes;
      this.table = table;
    }
  }

  /** The files go to the job's folder, in its CRS; the job's day is the dBASE header date. */
  public ShapefileWriter(ExportJob job) {
    this.job = job;
    this.dir = job.folder();
    this.crs = job.crs();
    this.day = job.day();
    job.layers().forEach(l -> this.layers.put(l.id(), l));
  }

  @Override
  public void start() {
    // a layer's files are created with its first feature of each shape type
  }

  @Override
  public void layer(LayerInfo layer) {
    closeOpenSets();
    if (!layers.containsKey(layer.id())) {
      throw new IllegalArgumentException("layer " + layer.id() + " is not in this export");
    }
    currentLayer = layer.id();
    currentNames = ShapefileFieldNames.of(layer.extraProperties());
  }

  @Override
  public void feature(ExportFeature feature) {
    List<String> values = new ArrayList<>();
    for (String property : currentNames.properties()) {
      values.add(feature.value(property));
    }
    for (Geometry part : byShapeType(feature.geometry())) {
      FileSet set = open.computeIfAbsent(ShapeType.of(part), this::openSet);
      set.shapes.write(part);
      if (set.table.write(values)) {
        firstCut.putIfAbsent(currentLayer, feature.id());
      }
    }
  }

  /** Closes the open sets, writes README.txt and sends the folder. */
  @Override
  public void finish() {
    closeOpenSets();
    write("README.txt", readme());
    job.output().folder(dir);
  }

  /** Closes the open files. */
  @Override
  public void abort() {
    try {
      closeOpenSets();
    } catch (RuntimeException e) {
      // the export failed already; the files are deleted with the job's folder
    }
  }

  /** The README: what the files are, the CRS, and each layer's field names. */
  String readme() {
    StringBuilder s = new StringBuilder();
    s.append("planmap — Shapefile export, ").append(day).append("\n\n");
    s.append(ExportNotes.crsLine(crs)).append('\n');
    s.append("""
        Mỗi lớp và mỗi kiểu hình học là một bộ tệp .shp .shx .dbf .prj .cpg. Văn bản trong .dbf là UTF-8 (.cpg).
        One set of files per layer and geometry type. The .dbf text is UTF-8 (see the .cpg); each field holds
        at most 254 bytes and longer text is cut at a character boundary (the GeoPackage keeps it whole); the
        texts cut in this export are counted below.
        tasks = the linked programme task codes, joined with "; ".

        TÊN TRƯỜNG / FIELD NAMES (dBASE allows 10 characters)
        Fixed: accuracy_class -> acc_class, accuracy_vi -> acc_vi, accuracy_source -> acc_src,
        accuracy_source_en -> acc_src_en, source_text -> src_text; id, name, name_en, kind, accuracy_m (a number),
        accuracy, tasks keep their names.
        Extra properties, in name order: diacritics removed, other characters than a-z 0-9 _ become _,
        lower case, "f_" prefixed unless the name starts with a letter, cut to 10 characters; a name already
        taken gets a suffix _1, _2 ... in place of its last characters.

        """);
    s.append("VĂN BẢN BỊ CẮT CÒN 254 BYTE TRONG BẢN XUẤT NÀY / TEXT CUT TO 254 BYTES IN THIS EXPORT\n");
    if (cutByLayer.isEmpty()) {
      s.append("  không có / none\n");
    }
    cutByLayer.forEach((layer, fields) -> {
      s.append("  ").append(layer).append(':');
      fields.forEach((field, n) -> s.append(' ').append(field).append(" (").append(n)
          .append(n == 1 ? " record)" : " records)"));
      s.append("; first: feature ").append(firstCut.get(layer)).append('\n');
    });
    s.append('\n');
    for (LayerInfo layer : layers.values()) {
      s.append("Layer ").append(layer.id()).append(" — ").append(layer.titleVi()).append(" / ")
          .append(layer.titleEn()).append('\n');
      List<String> sets = setsByLayer.getOrDefault(layer.id(), List.of());
      s.append("  files: ").append(sets.isEmpty() ? "(no feature matched)" : String.join(", ", sets)).append('\n');
      ShapefileFieldNames.of(layer.extraProperties()).byProperty()
          .forEach((property, field) -> s.append("  ").append(String.format("%-10s", field)).append(" <- ")
              .append(property).append('\n'));
      s.append('\n');
    }
    s.append(ExportNotes.SOURCE_AND_ACCURACY);
    return s.toString();
  }

  private FileSet openSet(ShapeType type) {
    String base = currentLayer + "_" + type.suffix();
    setsByLayer.computeIfAbsent(currentLayer, k -> new ArrayList<>()).add(base);
    write(base + ".prj", crs.esriWkt());
    write(base + ".cpg", "UTF-8");
    ShapeGeometryWriter shapes = new ShapeGeometryWriter(dir.resolve(base + ".shp"), dir.resolve(base + ".shx"), type);
    Set<String> numbers = new HashSet<>();
    currentNames.byProperty().forEach((property, field) -> {
      if (ExportFeature.NUMBER_COLUMNS.contains(property)) {
        numbers.add(field);
      }
    });
    return new FileSet(shapes, new DbfWriter(dir.resolve(base + ".dbf"), currentNames.fields(), numbers, day));
  }

  private void closeOpenSets() {
    for (FileSet set : open.values()) {
      set.shapes.close();
      set.table.close();
      set.table.cutValues().forEach((field, n) -> cutByLayer.computeIfAbsent(currentLayer, k -> new LinkedHashMap<>())
          .merge(field, n, Integer::sum));
    }
    open.clear();
  }

  private void write(String name, String text) {
    try {
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + name, e);
    }
  }

  /** The geometry itself, or a GeometryCollection's parts merged by shape type. */
  private static List<Geometry> byShapeType(Geometry g) {
    if (!(g instanceof GeometryCollection) || g.getClass() != GeometryCollection.class) {
      return List.of(g);
    }
    List<Point> points = new ArrayList<>();
    List<LineString> lines = new ArrayList<>();
    List<Polygon> polygons = new ArrayList<>();
    collect(g, points, lines, polygons);
    GeometryFactory f = g.getFactory();
    List<Geometry> out = new ArrayList<>();
    if (!points.isEmpty()) {
      out.add(f.createMultiPoint(points.toArray(new Point[0])));
    }
    if (!lines.isEmpty()) {
      out.add(f.createMultiLineString(lines.toArray(new LineString[0])));
    }
    if (!polygons.isEmpty()) {
      out.add(f.createMultiPolygon(polygons.toArray(new Polygon[0])));
    }
    return out;
  }

  private static void collect(Geometry g, List<Point> points, List<LineString> lines, List<Polygon> polygons) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Point p) {
        points.add(p);
      } else if (part instanceof LineString l) {
        lines.add(l);
      } else if (part instanceof Polygon p) {
        polygons.add(p);
      } else if (part != g) {
        collect(part, points, lines, polygons);
      }
    }
  }
}
