package vn.thanhhoa.planmap.export.spi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.layer.FeatureRow;

/**
 * One feature ready to be written. Formats that read {@link ExportFormat.Reading#FEATURES} get every component
 * but {@code item}; GeoJSON ({@link ExportFormat.Reading#ITEMS}) gets {@code item} and the text components, with
 * {@code wgs84}, {@code geometry}, {@code tasks} and {@code extras} null.
 *
 * @param id               the feature id, unique in its layer
 * @param layerId          its layer
 * @param name             the Vietnamese name
 * @param nameEn           the English name, "" when not given
 * @param kind             the kind within the layer ({@code road}, {@code centre} …)
 * @param accuracy         how the geometry was drawn (English)
 * @param accuracyVi       the same in Vietnamese, "" when not written
 * @param accuracyClass    {@code surveyed}, {@code from_plan}, {@code inferred}, {@code schematic} or
 *                         {@code not_located}
 * @param accuracyM        radius of the stated uncertainty, metres
 * @param accuracySource   the public sources (Vietnamese)
 * @param accuracySourceEn the same in English, "" when not given
 * @param sourceText       the programme's text the feature comes from
 * @param wgs84            the geometry in WGS84 lon/lat, rounded to what the accuracy warrants (KML uses this one)
 * @param geometry         the geometry in the export's CRS, rounded likewise (the same object as {@code wgs84}
 *                         for WGS84)
 * @param tasks            the linked tasks, in programme order
 * @param extras           the extra properties present on this feature, by name: JSON strings as their text,
 *                         other JSON values as JSON text
 * @param item             the feature as the items API serves it
 */
public record ExportFeature(
    String id,
    String layerId,
    String name,
    String nameEn,
    String kind,
    String accuracy,
    String accuracyVi,
    String accuracyClass,
    double accuracyM,
    String accuracySource,
    String accuracySourceEn,
    String sourceText,
    Geometry wgs84,
    Geometry geometry,
    List<LinkedTask> tasks,
    Map<String, String> extras,
    FeatureRow item) {

  /** The columns every exported feature has, in output order (after the geometry). */
  public static final List<String> COMMON_COLUMNS =
      List.of("id", "name", "name_en", "kind", "accuracy_class", "accuracy_m", "accuracy", "accuracy_vi",
          "accuracy_source", "accuracy_source_en", "source_text", "tasks");
  /** The common columns that hold numbers (the others hold text). */
  public static final Set<String> NUMBER_COLUMNS = Set.of("accuracy_m");
  /** The separator of task codes in a single text field. */
  public static final String CODE_SEPARATOR = "; ";

  /** The feature as the items API serves it, for formats that read {@link ExportFormat.Reading#ITEMS}. */
  public static ExportFeature ofItem(FeatureRow row) {
    return new ExportFeature(row.id(), row.layerId(), row.name(), row.nameEn(), row.kind(), row.accuracy(),
        row.accuracyVi(), row.accuracyClass(), row.accuracyM(), row.accuracySource(), row.accuracySourceEn(),
        row.sourceText(), null, null, null, null, row);
  }

  /** The linked task codes joined with "; " ("VI.2; VI.3"), empty when none. */
  public String taskCodes() {
    return tasks.stream().map(LinkedTask::code).collect(Collectors.joining(CODE_SEPARATOR));
  }

  /**
   * The value of a column of an export by its property name, as text: the common properties
   * ({@link #COMMON_COLUMNS}; {@code accuracy_m} as a plain decimal, "1500") or an extra property; null when the
   * feature has none.
   */
  public String value(String property) {
    return switch (property) {
      case "id" -> id;
      case "layer" -> layerId;
      case "name" -> name;
      case "name_en" -> nameEn;
      case "kind" -> kind;
      case "accuracy" -> accuracy;
      case "accuracy_vi" -> accuracyVi;
      case "accuracy_class" -> accuracyClass;
      case "accuracy_m" -> Accuracy.plain(accuracyM).toPlainString();
      case "accuracy_source" -> accuracySource;
      case "accuracy_source_en" -> accuracySourceEn;
      case "source_text" -> sourceText;
      case "tasks" -> taskCodes();
      default -> extras.get(property);
    };
  }
}
