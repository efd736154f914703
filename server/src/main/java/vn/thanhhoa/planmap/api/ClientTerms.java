package vn.thanhhoa.planmap.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.auth.Permission;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.export.ExportFormats;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.imports.ImportReader;
import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.progress.Timeliness;
import vn.thanhhoa.planmap.report.AttachmentPolicy;
import vn.thanhhoa.planmap.scan.Georeferencer;
import vn.thanhhoa.planmap.scan.ScanImage;
import vn.thanhhoa.planmap.term.Term;
import vn.thanhhoa.planmap.term.WordedTerm;

/**
 * The API's closed vocabularies and limits as {@code GET /config} serves them, each read from the one place
 * the server declares it, so that the map does not declare them again:
 * <ul>
 *   <li>{@code roles}: every role, least to most rights ({@link Role}); {@code accountRoles}: those an
 *       account may hold; {@code permissions}: each {@link Permission} with the roles that hold it;</li>
 *   <li>{@code exportFormats}: {@code id}, {@code mediaType}, {@code projectable} (false: always WGS84),
 *       {@code hasCrs} (false: no geometry, no CRS) of each {@link ExportFormat};</li>
 *   <li>{@code crs}: {@code id} (the export's {@code crs} value), {@code epsg}, {@code title}, {@code uri}
 *       (OGC API – Features Part 2) of each {@link Crs};</li>
 *   <li>{@code progress}, {@code timeliness} (most pressing first, {@link Timeliness#WORST_FIRST}),
 *       {@code accuracyClasses}: each value's {@code id} (wire form) and its words {@code vi}, {@code en}
 *       ({@link WordedTerm.Words}: the one home of those words, which the map's dictionary takes from here);
 *       {@code reportStatuses}: the ids a report may state; {@code dueSoonDays}: how many days ahead a due date
 *       makes a task {@code due_soon};</li>
 *   <li>{@code importCrs}: the CRSs an editor may say a drawing is in ({@link ImportReader#CHOOSABLE});
 *       {@code scanCrs}: those of a scan's control points ({@link Georeferencer#CRS});</li>
 *   <li>{@code attachments}: {@code types}, {@code extensions}, {@code maxBytes} ({@link AttachmentPolicy});
 *       {@code scans}: {@code types}, {@code maxBytes} ({@link ScanImage}).</li>
 * </ul>
 */
final class ClientTerms {
  private ClientTerms() {}

  static Map<String, Object> build() {
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("roles", Term.ids(Role.values()));
    terms.put("accountRoles", Role.accountIds());
    Map<String, List<String>> permissions = new LinkedHashMap<>();
    for (Permission p : Permission.values()) {
      permissions.put(p.id(), p.roles().stream().map(Role::id).toList());
    }
    terms.put("permissions", permissions);
    terms.put("exportFormats", exportFormats());
    terms.put("crs", crs());
    terms.put("progress", words(List.of(Progress.values())));
    terms.put("reportStatuses", Progress.reportable());
    terms.put("timeliness", words(Timeliness.WORST_FIRST));
    terms.put("dueSoonDays", Timeliness.DUE_SOON_DAYS);
    terms.put("accuracyClasses", words(List.of(AccuracyClass.values())));
    terms.put("importCrs", ImportReader.CHOOSABLE);
    terms.put("scanCrs", Georeferencer.CRS);
    terms.put("attachments", Map.of("types", AttachmentPolicy.TYPES, "extensions", AttachmentPolicy.EXTENSIONS,
        "maxBytes", AttachmentPolicy.MAX_BYTES));
    terms.put("scans", Map.of("types", ScanImage.TYPES, "maxBytes", ScanImage.MAX_BYTES));
    return terms;
  }

  private static List<WordedTerm.Words> words(List<? extends WordedTerm> values) {
    return values.stream().map(WordedTerm::words).toList();
  }

  private static List<Map<String, Object>> exportFormats() {
    return ExportFormats.ALL.stream().map(f -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("mediaType", f.mediaType());
      m.put("projectable", f.projectable());
      m.put("hasCrs", f.hasCrs());
      return m;
    }).toList();
  }

  private static List<Map<String, Object>> crs() {
    return List.of(Crs.values()).stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("epsg", c.epsg());
      m.put("title", c.title());
      m.put("uri", CrsReference.parse(c.id()).orElseThrow().uri());
      return m;
    }).toList();
  }
}
