package vn.thanhhoa.planmap.export.gpkg;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
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
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryEnvelope;
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
import vn.thanhhoa.planmap.geo.Crs;
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
 * NGA's library creates the file and its tables; the rows then go in as GDAL's GPKG driver writes them: prepared
 * inserts in batches ({@link SqliteInsert}) inside one SQLite transaction, with {@code synchronous} and the
 * rollback journal off (the file is a temporary one, deleted on any failure), each geometry's GeoPackage blob built
 * from its WKB and envelope without re-parsing it, and the R-trees built from those envelopes by a background
 * thread ({@link RTreeBuilder}) and copied in at the end, their triggers created once then. {@link #finish()} adds the tasks (those matching the filters and those
 * linked to a written feature), commits, records each table's extent and geometry type and sends the file.
 */
public final class GeoPackageWriter implements ExportWriter {
  /** GeoPackage: a feature table per layer, plus the tasks and the feature–task links. */
  public static final ExportFormat FORMAT = new ExportFormat("gpkg", "application/geopackage+sqlite3",
      "planmap-{layers}-{crs}-{day}.gpkg", true, ExportFormat.Reading.FEATURES, GeoPackageWriter::new);
  /** The attributes table of the tasks. */
  public static final String TASKS_TABLE = "tasks";
  /** The attributes table of the feature–task links. */
  public static final String LINKS_TABLE = "feature_tasks";
  /** SQLite's page cache while writing, KiB (native memory, not the Java heap). */
  private static final int CACHE_KIB = 64 * 1024;

  private final ExportJob job;
  private final Path file;
  private final Crs crs;
  private final Map<String, LayerTable> tables = new LinkedHashMap<>();
  private final Set<String> linkedCodes = new TreeSet<>();
  private final WKBWriter wkb = new WKBWriter();
  private GeoPackage gpkg;
  private RTreeBuilder rtrees;
  private SqliteInsert links;
  private SqliteInsert tasks;
  private boolean closed;

  /** One layer's table: its columns, its inserts and what has been written to it. */
  private static final class LayerTable {
    final FeatureDao dao;
    final List<String> columns;
    final boolean[] numbers;
    final SqliteInsert rows;
    final int tree;
    final Envelope extent = new Envelope();
    final Set<String> types = new TreeSet<>();
    long fid;

    LayerTable(FeatureDao dao, List<String> columns, SqliteInsert rows, int tree) {
      this.dao = dao;
      this.columns = columns;
      this.numbers = new boolean[columns.size()];
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] = ExportFeature.NUMBER_COLUMNS.contains(columns.get(i));
      }
      this.rows = rows;
      this.tree = tree;
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
      // a temporary file, deleted on any failure: no fsync, no rollback journal (as GDAL writes a new file)
      gpkg.execSQL("PRAGMA synchronous = OFF");
      gpkg.execSQL("PRAGMA journal_mode = OFF");
      gpkg.execSQL("PRAGMA cache_size = -" + CACHE_KIB);
      GeoPackageTables schema = new GeoPackageTables(gpkg, crs);
      schema.createAttributes();
      Map<LayerInfo, FeatureDao> daos = new LinkedHashMap<>();
      for (LayerInfo layer : job.layers()) {
        daos.put(layer, schema.createLayer(layer));
      }
      gpkg.beginTransaction();
      Connection connection = gpkg.getConnection().getConnection();
      daos.forEach((layer, dao) -> tables.put(layer.id(), inserts(layer, dao, connection, tables.size())));
      rtrees = new RTreeBuilder(job.folder().resolve("rtrees.sqlite"), tables.size());
      tasks = new SqliteInsert(connection, TASKS_TABLE, GeoPackageTables.TASK_COLUMNS);
      links = new SqliteInsert(connection, LINKS_TABLE, GeoPackageTables.LINK_COLUMNS);
    } catch (SQLException | RuntimeException e) {
      gpkg.close();
      throw new IllegalStateException("creating the GeoPackage " + file.getFileName() + ": " + e.getMessage(), e);
    }
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
    Envelope e = g.getEnvelopeInternal();
    long fid = ++table.fid;
    Object[] values = new Object[table.columns.size() + 2];
    values[0] = fid;
    values[1] = blob(feature.id(), g, e);
    for (int i = 0; i < table.columns.size(); i++) {
      String value = feature.value(table.columns.get(i));
      values[i + 2] = table.numbers[i] && value != null ? (Object) Double.valueOf(value) : value;
    }
    table.rows.row(values);
    if (!g.isEmpty()) {
      rtrees.add(table.tree, fid, e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
    }
    table.extent.expandToInclude(e);
    table.types.add(g.getGeometryType());
    for (LinkedTask task : feature.tasks()) {
      links.row(feature.layerId(), feature.id(), task.code());
      linkedCodes.add(task.code());
    }
  }

  /** The GeoPackage geometry blob: header (SRS id, envelope) and the geometry's WKB, written once. */
  private byte[] blob(String id, Geometry g, Envelope e) {
    GeoPackageGeometryData data = new GeoPackageGeometryData(crs.epsg());
    if (g.isEmpty()) {
      data.setEmpty(true);
    } else {
      data.setEmpty(false);
      data.setEnvelope(new GeometryEnvelope(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
    }
    data.setGeometryBytes(wkb.write(g));
    try {
      return data.toBytes();
    } catch (IOException ex) {
      throw new IllegalStateException("encoding the geometry of feature " + id, ex);
    }
  }

  private void writeTask(TaskRow task) {
    tasks.row(task.code(), task.section(), task.content(), task.lead(), task.partners(), task.product(),
        task.deadlineText(), task.dueDate() == null ? null : task.dueDate().toString(), task.progress(),
        task.timeliness(), task.daysLate() == null ? null : task.daysLate().longValue(),
        task.daysOverdue() == null ? null : task.daysOverdue().longValue());
  }

  /**
   * Writes the tasks, commits the rows, records each table's extent and geometry type, builds the R-tree indexes,
   * closes the file and sends it.
   */
  @Override
  public void finish() {
    job.tasks().forEach(Set.copyOf(linkedCodes), this::writeTask);
    for (LayerTable table : tables.values()) {
      table.rows.flush();
    }
    links.flush();
    tasks.flush();
    gpkg.endTransaction(true);
    try {
      rtrees.copyInto(gpkg.getConnection().getConnection(), tables.keySet().stream()
          .map(id -> RTreeIndexExtension.RTREE_PREFIX + id + "_" + GeoPackageTables.GEOMETRY_COLUMN).toList());
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
        rtree.createAllTriggers(table.dao.getTable());
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
      if (rtrees != null) {
        rtrees.abort();
      }
      for (LayerTable table : tables.values()) {
        table.rows.close();
      }
      for (SqliteInsert insert : new SqliteInsert[] {tasks, links}) {
        if (insert != null) {
          insert.close();
        }
      }
      if (gpkg.inTransaction()) {
        gpkg.endTransaction(false);
      }
    } finally {
      gpkg.close();
    }
  }

  /** The inserts of a layer's rows and of its R-tree entries. */
  private static LayerTable inserts(LayerInfo layer, FeatureDao dao, Connection connection, int tree) {
    List<String> names = GeoPackageTables.columnNames(layer);
    List<String> columns = new ArrayList<>(List.of(GeoPackageTables.ID_COLUMN, GeoPackageTables.GEOMETRY_COLUMN));
    columns.addAll(names);
    try {
      return new LayerTable(dao, names, new SqliteInsert(connection, layer.id(), columns), tree);
    } catch (SQLException e) {
      throw new IllegalStateException("preparing the inserts into " + layer.id() + ": " + e.getMessage(), e);
    }
  }
}
