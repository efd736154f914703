package vn.thanhhoa.planmap.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.layer.FeatureRow;

/**
 * One feature ready to be written: the row as read, its geometry parsed, in WGS84 and in the export's CRS,
 * its linked tasks and its extra properties as text.
 *
 * @param row      the feature as read from the catalog
 * @param wgs84    the geometry in WGS84 lon/lat (KML always uses this one)
 * @param geometry the geometry in the export's CRS (the same object as {@code wgs84} for WGS84)
 * @param tasks    the linked tasks, in programme order
 * @param extras   the extra properties present on this feature, by name: JSON strings as their text, other
 *                 JSON values as JSON text
 */
public record ExportFeature(
    FeatureRow row,
    Geometry wgs84,
    Geometry geometry,
    List<LinkedTask> tasks,
    Map<String, String> extras) {

  /** The separator of task codes in a single text field. */
  public static final String CODE_SEPARATOR = "; ";

  /** The linked task codes joined with "; " ("VI.2; VI.3"), empty when none. */
  public String taskCodes() {
    return tasks.stream().map(LinkedTask::code).collect(Collectors.joining(CODE_SEPARATOR));
  }

  /**
   * The value of a column of an export by its property name, as text: the common properties
   * ({@link ExportFeatureParser#COMMON_COLUMNS}; {@code accuracy_m} as a plain decimal, "1500") or an extra
   * property; null when the feature has none.
   */
  public String value(String property) {
    return switch (property) {
      case "id" -> row.id();
      case "layer" -> row.layerId();
      case "name" -> row.name();
      case "name_en" -> row.nameEn();
      case "kind" -> row.kind();
      case "accuracy" -> row.accuracy();
      case "accuracy_vi" -> row.accuracyVi();
      case "accuracy_class" -> row.accuracyClass();
      case "accuracy_m" -> Accuracy.plain(row.accuracyM()).toPlainString();
      case "accuracy_source" -> row.accuracySource();
      case "accuracy_source_en" -> row.accuracySourceEn();
      case "source_text" -> row.sourceText();
      case "tasks" -> taskCodes();
      default -> extras.get(property);
    };
  }
}
