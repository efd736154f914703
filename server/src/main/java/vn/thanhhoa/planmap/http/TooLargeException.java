package vn.thanhhoa.planmap.http;

/**
 * A request that would produce more than planmap is configured to serve at once: becomes a 413 problem
 * that states the limit.
 */
public class TooLargeException extends RuntimeException {
  private final long limit;

  /**
   * @param message what was asked and how much it would hold, for a person
   * @param limit   the most the server serves at once (e.g. features per export)
   */
  public TooLargeException(String message, long limit) {
    super(message);
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
