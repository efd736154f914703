package vn.thanhhoa.planmap.db;

/** The database cannot be reached: HTTP answers 503, start-up explains and exits. */
public class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
