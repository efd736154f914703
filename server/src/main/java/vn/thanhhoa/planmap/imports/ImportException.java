package vn.thanhhoa.planmap.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.planmap.http.ProblemException;

/**
 * A file planmap refuses to import, with the reason in words: 415 for a format it does not read, 413 for a
 * file (or a zip's content) over the limits, 422 for a file it cannot read or whose content breaks a rule
 * (naming the feature at fault, counted from 0 in the order GDAL reads them).
 */
public final class ImportException extends ProblemException {
  private ImportException(int status, String title, String detail, Map<String, Object> extra) {
    super(status, title, detail, extra);
  }

  static ImportException unsupported(String detail) {
    return new ImportException(415, "Unsupported media type", detail, Map.of("parameter", "filename"));
  }

  static ImportException tooLarge(String detail) {
    return new ImportException(413, "Payload too large", detail, Map.of("parameter", "body"));
  }

  static ImportException unreadable(String detail) {
    return new ImportException(422, "Unreadable file", detail, Map.of("parameter", "body"));
  }

  /** A feature that cannot be imported: {@code feature} is its index, {@code more} extra members. */
  static ImportException feature(int index, String detail, Map<String, Object> more) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("parameter", "body");
    extra.put("feature", index);
    extra.putAll(more);
    return new ImportException(422, "Unusable feature", detail, extra);
  }
}
