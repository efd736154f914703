package vn.thanhhoa.planmap.export.gpkg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One prepared {@code INSERT} into a table of the GeoPackage being written, run in batches of {@value #BATCH} rows
 * inside the writer's one transaction. Table and column names are quoted as SQLite identifiers; values are bound.
 */
final class SqliteInsert implements AutoCloseable {
  private static final int BATCH = 1000;

  private final PreparedStatement statement;
  private final String table;
  private int pending;

  SqliteInsert(Connection connection, String table, List<String> columns) throws SQLException {
    this.table = table;
    this.statement = connection.prepareStatement("INSERT INTO " + quote(table) + " ("
        + columns.stream().map(SqliteInsert::quote).collect(Collectors.joining(", ")) + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
  }

  /** A SQLite identifier in double quotes, inner quotes doubled. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Binds one row's values (String, Long, Double, byte[] or null), in column order, and queues it. */
  void row(Object... values) {
    try {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.addBatch();
      if (++pending == BATCH) {
        flush();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("writing a row of the GeoPackage table " + table + ": " + e.getMessage(), e);
    }
  }

  /** Runs the queued rows. */
  void flush() {
    if (pending == 0) {
      return;
    }
    try {
      statement.executeBatch();
      pending = 0;
    } catch (SQLException e) {
      throw new IllegalStateException("writing the GeoPackage table " + table + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      statement.close();
    } catch (SQLException e) {
      throw new IllegalStateException("closing the insert into " + table + ": " + e.getMessage(), e);
    }
  }
}
