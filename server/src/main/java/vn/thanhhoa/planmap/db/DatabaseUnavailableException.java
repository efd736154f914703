package vn.thanhhoa.planmap.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** The database cannot be reached: HTTP answers 503, start-up explains and exits. */
public class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The exception to throw for an SQL failure while doing {@code what}: this one when the connection
   * failed (SQLSTATE class 08, or no pooled connection in time), an IllegalStateException otherwise.
   */
  public static RuntimeException wrap(String what, SQLException e) {
    if (isConnectionFailure(e)) {
      return new DatabaseUnavailableException(what + ": " + e.getMessage(), e);
    }
    return new IllegalStateException(what + ": " + e.getMessage(), e);
  }

  /**
   * Whether the error, or one of its causes, says the database could not be reached (this exception, no
   * pooled connection in time, SQLSTATE class 08 — pgjdbc's I/O failures carry 08006): the one test of "the database is down".
   */
  public static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DatabaseUnavailableException || t instanceof SQLTransientConnectionException
          || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }
}
