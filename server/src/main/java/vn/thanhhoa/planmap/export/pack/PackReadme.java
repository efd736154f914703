package vn.thanhhoa.planmap.export.pack;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.export.gpkg.GeoPackageWriter;
import vn.thanhhoa.planmap.export.kml.KmlWriter;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportNotes;
import vn.thanhhoa.planmap.export.xlsx.TaskWorkbookWriter;
import vn.thanhhoa.planmap.layer.LayerInfo;
import vn.thanhhoa.planmap.time.Today;

/**
 * The README.txt of a review pack: what the pack is, when it was exported, with which filters, how many
 * features and tasks by accuracy class, in which CRS, its files, and how far to trust it.
 *
 * @param features the features written
 * @param tasks    the rows of the workbook's tasks sheet
 * @param byClass  the features written, by accuracy class
 */
record PackReadme(ExportJob job, long features, int tasks, Map<String, Integer> byClass) {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  String text() {
    String filters = job.filters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
    StringBuilder s = new StringBuilder();
    s.append("planmap — Gói rà soát / Review pack\n\n");
    s.append("Bản đồ các nhiệm vụ của Chương trình hành động thực hiện Nghị quyết 05-NQ/TU, thành phố Thanh Hóa.\n");
    s.append("The places of the action programme for Resolution 05-NQ/TU, Thanh Hóa city.\n\n");
    s.append("Xuất lúc / Exported: ").append(WHEN.format(job.exportedAt().atZone(Today.ZONE))).append(" (")
        .append(Today.ZONE).append(")\n");
    s.append("Lớp / Layers: ");
    s.append(job.layers().stream().map(l -> l.id() + " (" + l.titleVi() + ")").collect(Collectors.joining(", ")));
    s.append("\nBộ lọc / Filters: ").append(filters.isEmpty() ? "(không / none)" : filters).append('\n');
    s.append("Số đối tượng / Features: ").append(features).append("; nhiệm vụ / tasks: ").append(tasks)
        .append('\n');
    s.append("Độ chính xác / Accuracy (accuracy_class: số đối tượng / features): ");
    s.append(AccuracyClass.ids().stream().map(c -> c + " " + byClass.getOrDefault(c, 0))
        .collect(Collectors.joining(", "))).append('\n');
    s.append(ExportNotes.crsLine(job.crs())).append('\n');
    s.append("TỆP / FILES\n");
    s.append("- ").append(ReviewPackWriter.partName(job, GeoPackageWriter.FORMAT))
        .append(" — GeoPackage: one table per layer (")
        .append(job.layers().stream().map(LayerInfo::id).collect(Collectors.joining(", ")))
        .append("), the tasks table and the feature_tasks links\n");
    s.append("- shapefiles/ — Shapefiles, one set per layer and geometry type; field names in shapefiles/README.txt\n");
    s.append("- ").append(ReviewPackWriter.partName(job, KmlWriter.FORMAT))
        .append(" — KML for Google Earth, always WGS84 (EPSG:4326)\n");
    s.append("- ").append(ReviewPackWriter.partName(job, TaskWorkbookWriter.FORMAT))
        .append(" — the tasks matching the filters, with their places; sheet \"Địa điểm\": every place with"
            + " accuracy_class and accuracy_m (Excel)\n");
    s.append("- README.txt — this file\n\n");
    s.append(ExportNotes.SOURCE_AND_ACCURACY);
    return s.toString();
  }
}
