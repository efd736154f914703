package vn.thanhhoa.planmap.export.gpkg;

import vn.thanhhoa.planmap.geo.Crs;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportWriter;
import vn.thanhhoa.planmap.export.spi.LinkedTask;
import vn.thanhhoa.planmap.export.spi.TaskRow;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * Writes an export as a GeoPackage file (OGC 12-128), with NGA's geopackage-java:
 *
 * <ul>
 *   <li>one feature table per layer, named by the layer id, geometry column {@code geom} in the export's
 *       CRS (its {@code gpkg_spatial_ref_sys} row carries the EPSG code and OGC WKT with the datum shift),
 *       an R-tree index, and text columns {@code id, name, name_en, kind, accuracy, source_text, tasks}
 *       (task codes joined with "; ") plus the layer's extra properties;
 *   <li>an attributes table {@code tasks}: {@code code, section, content, lead, partners, product,
 *       deadline_text, due_date, progress, timeliness, days_late, days_overdue} (see Progress, Timeliness);
 *   <li>an attributes table {@code feature_tasks} linking them: {@code layer, feature_id, task_code}.
 * </ul>
 *
 * Rows go to disk as they come, in one SQLite transaction; {@link #finish()} adds the tasks (those matching the
 * filters and those linked to a written feature), commits, records each table's extent and geometry type,
 * builds the R-tree indexes and sends the file.
 */
public final class GeoPackageWriter implements ExportWriter {
  /** GeoPackage: a feature table per layer, plus the tasks and the feature–task links. */
  public static final ExportFormat FORMAT = new ExportFormat("gpkg", "application/geopackage+sqlite3",
      "planmap-{layers}-{crs}-{day}.gpkg", true, ExportFormat.Reading.FEATURES, GeoPackageWriter::new);
  /** The attributes table of the tasks. */
  public static final String TASKS_TABLE = "tasks";
  /** The attributes table of the feature–task links. */
  public static final String LINKS_TABLE = "feature_tasks";
  private static final String GEOMETRY_COLUMN = "geom";
  private static final String ID_COLUMN = "fid";

  private final ExportJob job;
  private final Path file;
  private final Crs crs;
  private final Map<String, LayerTable> tables = new LinkedHashMap<>();
  private final Set<String> linkedCodes = new TreeSet<>();
  private final Set<String> identifiers = new TreeSet<>();
  private final WKBWriter wkb = new WKBWriter();
  private GeoPackage gpkg;
  private AttributesDao links;
  private AttributesDao tasks;
  private boolean closed;

  /** One layer's table: its columns and what has been written to it. */
  private static final class LayerTable {
    final FeatureDao dao;
    final List<String> columns;
    final Envelope extent = new Envelope();
    final Set<String> types = new TreeSet<>();

    LayerTable(FeatureDao dao, List<String> columns) {
      this.dao = dao;
      this.columns = columns;
    }
  }

  /** The file is {@code export.gpkg} in the job's folder; the geometries are in the job's CRS. */
  public GeoPackageWriter(ExportJob job) {
    this.job = job;
    this.file = job.folder().resolve("export.gpkg");
    this.crs = job.crs();
  }

  /** Creates the file and its tables: one per layer, the tasks and the links. */
  @Override
  public void start() {
    GeoPackageManager.create(file.toFile());
    this.gpkg = GeoPackageManager.open(file.toFile());
    try {
      SpatialReferenceSystem srs = spatialReferenceSystem();
      for (LayerInfo layer : job.layers()) {
        tables.put(layer.id(), createLayerTable(layer, srs));
      }
      tasks = createAttributes(TASKS_TABLE, List.of(text("code"), text("section"), text("content"), text("lead"),
          text("partners"), text("product"), text("deadline_text"),
          AttributesColumn.createColumn("due_date", GeoPackageDataType.DATE),
          text("progress"), text("timeliness"), AttributesColumn.createColumn("days_late", GeoPackageDataType.INTEGER),
          AttributesColumn.createColumn("days_overdue", GeoPackageDataType.INTEGER)));
      links = createAttributes(LINKS_TABLE, List.of(text("layer"), text("feature_id"), text("task_code")));
    } catch (SQLException | RuntimeException e) {
      gpkg.close();
      throw new IllegalStateException("creating the GeoPackage " + file.getFileName() + ": " + e.getMessage(), e);
    }
    gpkg.beginTransaction();
  }

  @Override
  public void layer(LayerInfo layer) {
    // every table exists from the start; each feature goes to its layer's
  }

  @Override
  public void feature(ExportFeature feature) {
    LayerTable table = tables.get(feature.layerId());
    if (table == null) {
      throw new IllegalArgumentException("feature " + feature.id() + " is of layer "
          + feature.layerId() + ", which this GeoPackage has no table for");
    }
    Geometry g = feature.geometry();
    mil.nga.geopackage.features.user.FeatureRow row = table.dao.newRow();
    try {
      row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(crs.epsg(), wkb.write(g)));
    } catch (IOException e) {
      throw new IllegalStateException("encoding the geometry of feature " + feature.id(), e);
    }
    for (String column : table.columns) {
      String value = feature.value(column);
      boolean number = ExportFeature.NUMBER_COLUMNS.contains(column) && value != null;
      row.setValue(column, number ? (Object) Double.valueOf(value) : value);
    }
    table.dao.insert(row);
    table.extent.expandToInclude(g.getEnvelopeInternal());
    table.types.add(g.getGeometryType());
    for (LinkedTask task : feature.tasks()) {
      AttributesRow link = links.newRow();
      link.setValue("layer", feature.layerId());
      link.setValue("feature_id", feature.id());
      link.setValue("task_code", task.code());
      links.insert(link);
      linkedCodes.add(task.code());
    }
  }

  private void writeTask(TaskRow task) {
    AttributesRow row = tasks.newRow();
    row.setValue("code", task.code());
    row.setValue("section", task.section());
    row.setValue("content", task.content());
    row.setValue("lead", task.lead());
    row.setValue("partners", task.partners());
    row.setValue("product", task.product());
    row.setValue("deadline_text", task.deadlineText());
    row.setValue("due_date", task.dueDate() == null ? null : task.dueDate().toString());
    row.setValue("progress", task.progress());
    row.setValue("timeliness", task.timeliness());
    row.setValue("days_late", task.daysLate() == null ? null : task.daysLate().longValue());
    row.setValue("days_overdue", task.daysOverdue() == null ? null : task.daysOverdue().longValue());
    tasks.insert(row);
  }

  /**
   * Writes the tasks, commits the rows, records each table's extent and geometry type, builds the R-tree indexes,
   * closes the file and sends it.
   */
  @Override
  public void finish() {
    job.tasks().forEach(Set.copyOf(linkedCodes), this::writeTask);
    gpkg.endTransaction(true);
    try {
      RTreeIndexExtension rtree = new RTreeIndexExtension(gpkg);
      for (Map.Entry<String, LayerTable> e : tables.entrySet()) {
        LayerTable table = e.getValue();
        Contents contents = gpkg.getContentsDao().queryForId(e.getKey());
        if (!table.extent.isNull()) {
          contents.setBoundingBox(new BoundingBox(table.extent.getMinX(), table.extent.getMinY(),
              table.extent.getMaxX(), table.extent.getMaxY()));
        }
        gpkg.getContentsDao().update(contents);
        if (table.types.size() == 1) {
          GeometryColumns columns = table.dao.getGeometryColumns();
          columns.setGeometryType(GeometryType.fromName(table.types.iterator().next().toUpperCase(Locale.ROOT)));
          gpkg.getGeometryColumnsDao().update(columns);
        }
        rtree.create(table.dao.getTable());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("recording the GeoPackage's extents: " + e.getMessage(), e);
    }
    close();
    job.output().file(file);
  }

  /** Closes the file, dropping uncommitted rows. */
  @Override
  public void abort() {
    try {
      close();
    } catch (RuntimeException e) {
      // the export failed already; the file is deleted with the job's folder
    }
  }

  /** Closes the file, dropping uncommitted rows; closing again does nothing. */
  private void close() {
    if (closed || gpkg == null) {
      return;
    }
    closed = true;
    try {
      if (gpkg.inTransaction()) {
        gpkg.endTransaction(false);
      }
    } finally {
      gpkg.close();
    }
  }

  private SpatialReferenceSystem spatialReferenceSystem() throws SQLException {
    SpatialReferenceSystem existing = gpkg.getSpatialReferenceSystemDao().queryForId((long) crs.epsg());
    if (existing != null) {
      return existing;
    }
    SpatialReferenceSystem srs = new SpatialReferenceSystem();
    srs.setSrsName(crs.title());
    srs.setSrsId(crs.epsg());
    srs.setOrganization("EPSG");
    srs.setOrganizationCoordsysId(crs.epsg());
    srs.setDefinition(crs.ogcWkt());
    srs.setDescription(crs.title() + " (EPSG:" + crs.epsg() + "), " + crs.proj4());
    gpkg.getSpatialReferenceSystemDao().create(srs);
    return srs;
  }

  private LayerTable createLayerTable(LayerInfo layer, SpatialReferenceSystem srs) throws SQLException {
    GeometryColumns geometryColumns = new GeometryColumns();
    geometryColumns.setId(new TableColumnKey(layer.id(), GEOMETRY_COLUMN));
    geometryColumns.setGeometryType(GeometryType.GEOMETRY);
    geometryColumns.setZ((byte) 0);
    geometryColumns.setM((byte) 0);
    geometryColumns.setSrs(srs);
    List<String> names = columnNames(layer);
    List<FeatureColumn> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(FeatureColumn.createColumn(name, ExportFeature.NUMBER_COLUMNS.contains(name)
          ? GeoPackageDataType.DOUBLE : GeoPackageDataType.TEXT));
    }
    gpkg.createFeatureTable(FeatureTableMetadata.create(geometryColumns, ID_COLUMN, columns));
    Contents contents = gpkg.getContentsDao().queryForId(layer.id());
    String identifier = layer.titleVi();
    if (!identifiers.add(identifier)) {
      identifier = identifier + " (" + layer.id() + ")"; // gpkg_contents.identifier is unique
      identifiers.add(identifier);
    }
    contents.setIdentifier(identifier);
    contents.setDescription(layer.titleVi() + " — " + layer.titleEn());
    gpkg.getContentsDao().update(contents);
    return new LayerTable(gpkg.getFeatureDao(layer.id()), names);
  }

  /** The common columns, then the layer's extra properties that do not clash with a column name. */
  private static List<String> columnNames(LayerInfo layer) {
    List<String> names = new ArrayList<>(ExportFeature.COMMON_COLUMNS);
    Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    taken.addAll(names);
    taken.add(ID_COLUMN);
    taken.add(GEOMETRY_COLUMN);
    for (String extra : layer.extraProperties()) {
      if (taken.add(extra)) {
        names.add(extra);
      }
    }
    return names;
  }

  private AttributesDao createAttributes(String table, List<AttributesColumn> columns) {
    gpkg.createAttributesTable(AttributesTableMetadata.create(table, columns));
    return gpkg.getAttributesDao(table);
  }

  private static AttributesColumn text(String name) {
    return AttributesColumn.createColumn(name, GeoPackageDataType.TEXT);
  }
}
