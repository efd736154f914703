package vn.thanhhoa.planmap.edit;

import io.javalin.http.Context;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.ProblemException;

/**
 * Optimistic locking: a write names the version it was based on in {@code If-Match: "v3"} (the ETag of
 * the editable state). Without it the write is refused with 428, so two editors cannot overwrite each
 * other unknowingly.
 */
final class IfMatch {
  private IfMatch() {}

  static String etag(int version) {
    return "\"v" + version + "\"";
  }

  static int version(Context ctx) {
    String h = ctx.header("If-Match");
    if (h == null || h.isBlank()) {
      throw ProblemException.preconditionRequired("send If-Match with the ETag of the state you edited"
          + " (GET it first)");
    }
    String v = h.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    if (v.startsWith("v")) {
      v = v.substring(1);
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new BadRequestException("If-Match", "If-Match must be an ETag such as \"v3\", was: " + h);
    }
  }
}
