package vn.thanhhoa.planmap.db;

/** The database was migrated by a newer planmap than this one: refuse to start rather than guess. */
public class SchemaTooNewException extends RuntimeException {
  public SchemaTooNewException(String message) {
    super(message);
  }
}
