package vn.thanhhoa.planmap.export.gpkg;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * The tables of an export's GeoPackage, created (empty) in a new file through NGA's library: the CRS's
 * {@code gpkg_spatial_ref_sys} row (EPSG code, OGC WKT with the datum shift), one feature table per layer with its
 * R-tree, and the attributes tables of the tasks and of the feature–task links (see {@link GeoPackageWriter}).
 */
final class GeoPackageTables {
  static final String GEOMETRY_COLUMN = "geom";
  static final String ID_COLUMN = "fid";
  /** The columns of {@link GeoPackageWriter#TASKS_TABLE}. */
  static final List<String> TASK_COLUMNS = List.of("code", "section", "content", "lead", "partners", "product",
      "deadline_text", "due_date", "progress", "timeliness", "days_late", "days_overdue");
  /** The columns of {@link GeoPackageWriter#LINKS_TABLE}. */
  static final List<String> LINK_COLUMNS = List.of("layer", "feature_id", "task_code");

  private final GeoPackage gpkg;
  private final SpatialReferenceSystem srs;
  private final RTreeIndexExtension rtree;
  private final Set<String> identifiers = new TreeSet<>();

  /** Records the CRS in the file (once). */
  GeoPackageTables(GeoPackage gpkg, Crs crs) throws SQLException {
    this.gpkg = gpkg;
    this.srs = spatialReferenceSystem(gpkg, crs);
    this.rtree = new RTreeIndexExtension(gpkg);
  }

  /** Creates the tasks table (a date, two integers, text) and the links table (text). */
  void createAttributes() {
    List<AttributesColumn> taskTypes = new ArrayList<>();
    for (String c : TASK_COLUMNS) {
      taskTypes.add(AttributesColumn.createColumn(c, c.equals("due_date") ? GeoPackageDataType.DATE
          : c.startsWith("days_") ? GeoPackageDataType.INTEGER : GeoPackageDataType.TEXT));
    }
    gpkg.createAttributesTable(AttributesTableMetadata.create(GeoPackageWriter.TASKS_TABLE, taskTypes));
    gpkg.createAttributesTable(AttributesTableMetadata.create(GeoPackageWriter.LINKS_TABLE, LINK_COLUMNS.stream()
        .map(c -> AttributesColumn.createColumn(c, GeoPackageDataType.TEXT)).toList()));
  }

  /** Creates a layer's feature table (named by the layer id, titled by its titles) and its empty R-tree. */
  FeatureDao createLayer(LayerInfo layer) throws SQLException {
    GeometryColumns geometryColumns = new GeometryColumns();
    geometryColumns.setId(new TableColumnKey(layer.id(), GEOMETRY_COLUMN));
    geometryColumns.setGeometryType(GeometryType.GEOMETRY);
    geometryColumns.setZ((byte) 0);
    geometryColumns.setM((byte) 0);
    geometryColumns.setSrs(srs);
    List<FeatureColumn> columns = new ArrayList<>();
    for (String name : columnNames(layer)) {
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
    FeatureDao dao = gpkg.getFeatureDao(layer.id());
    rtree.getOrCreate(dao.getTable());
    rtree.createRTreeIndex(dao.getTable());
    return dao;
  }

  /** The common columns, then the layer's extra properties that do not clash with a column name. */
  static List<String> columnNames(LayerInfo layer) {
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

  private static SpatialReferenceSystem spatialReferenceSystem(GeoPackage gpkg, Crs crs) throws SQLException {
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
}
