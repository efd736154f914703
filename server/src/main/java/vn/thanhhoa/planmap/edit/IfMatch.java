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

  /**
   * The version named by {@code If-Match}, compared strongly (RFC 9110 §13.1.1): a weak tag
   * ({@code W/"v3"}) never matches and gets 412, a missing header 428, anything but one quoted
   * {@code "v<n>"} tag 400.
   */
  static int version(Context ctx) {
    String h = ctx.header("If-Match");
    if (h == null || h.isBlank()) {
      throw ProblemException.preconditionRequired("send If-Match with the ETag of the state you edited"
          + " (GET it first)");
    }
    String v = h.strip();
    if (v.startsWith("W/")) {
      throw ProblemException.preconditionFailed("If-Match takes a strong ETag such as \"v3\"; a weak tag ("
          + v + ") never matches (RFC 9110 strong comparison)");
    }
    java.util.regex.Matcher m = STRONG.matcher(v);
    if (!m.matches()) {
      throw new BadRequestException("If-Match", "If-Match must be one ETag such as \"v3\" (quoted), was: " + h,
          "\"v<version>\"");
    }
    try {
      return Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      throw new BadRequestException("If-Match", "If-Match names no version planmap could have given: " + h);
    }
  }

  private static final java.util.regex.Pattern STRONG = java.util.regex.Pattern.compile("\"v([0-9]{1,10})\"");
}
