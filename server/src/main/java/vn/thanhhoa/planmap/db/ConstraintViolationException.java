package vn.thanhhoa.planmap.db;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The database refused a write because it breaks one of the schema's constraints (SQLSTATE class 23):
 * a reference to a row that does not exist, a duplicate key, a failed check. Carries the constraint's
 * name and the offending value so that {@link ConstraintFields} can say it in the API's words; its
 * message is for the log only and never reaches a client.
 */
public final class ConstraintViolationException extends RuntimeException {
  private static final Pattern KEY = Pattern.compile("Key \\((.+?)\\)=\\((.*)\\)");

  private final String sqlState;
  private final String constraint;
  private final String value;

  ConstraintViolationException(String what, SQLException cause, String constraint, String value) {
    super(what + ": " + cause.getMessage(), cause);
    this.sqlState = cause.getSQLState();
    this.constraint = constraint == null ? "" : constraint;
    this.value = value;
  }

  /** Whether the SQL failure is a constraint violation (SQLSTATE class 23). */
  static boolean is(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  /** The exception for a constraint violation met while doing {@code what}. */
  static ConstraintViolationException of(String what, SQLException e) {
    String constraint = null;
    String value = null;
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      ServerErrorMessage m = p.getServerErrorMessage();
      constraint = m.getConstraint();
      Matcher k = KEY.matcher(m.getDetail() == null ? "" : m.getDetail());
      if (k.find()) {
        value = k.group(2);
      }
    }
    return new ConstraintViolationException(what, e, constraint, value);
  }

  /** True for a duplicate key (23505), which is a conflict rather than a malformed request. */
  public boolean duplicate() {
    return "23505".equals(sqlState);
  }

  /** The constraint's name, empty when the database did not say. */
  public String constraint() {
    return constraint;
  }

  /** The offending key value (e.g. the unknown code), or null when the database did not say. */
  public String value() {
    return value;
  }
}
