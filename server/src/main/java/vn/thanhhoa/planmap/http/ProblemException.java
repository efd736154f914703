package vn.thanhhoa.planmap.http;

import java.util.Map;

/**
 * A request planmap refuses with a status of its own (401, 403, 409, 412, 413, 415, 428, 429 …): becomes a
 * problem response with that status; {@code extra} members (e.g. the current state on a 409) are added to
 * the body.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String title;
  private final Map<String, Object> extra;

  public ProblemException(int status, String title, String detail, Map<String, Object> extra) {
    super(detail);
    this.status = status;
    this.title = title;
    this.extra = extra == null ? Map.of() : extra;
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "Unauthorized", detail, null);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "Forbidden", detail, null);
  }

  public static ProblemException conflict(String detail, Map<String, Object> extra) {
    return new ProblemException(409, "Conflict", detail, extra);
  }

  public static ProblemException tooLarge(String detail, Map<String, Object> extra) {
    return new ProblemException(413, "Payload too large", detail, extra);
  }

  public static ProblemException unsupportedMediaType(String detail) {
    return new ProblemException(415, "Unsupported media type", detail, null);
  }

  public static ProblemException preconditionRequired(String detail) {
    return new ProblemException(428, "Precondition required", detail, null);
  }

  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(412, "Precondition failed", detail, null);
  }

  public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
    return new ProblemException(429, "Too many requests", detail, Map.of("retry_after", retryAfterSeconds));
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> extra() {
    return extra;
  }
}
