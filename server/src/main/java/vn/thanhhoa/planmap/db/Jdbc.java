package vn.thanhhoa.planmap.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs the named statements of {@link Sql} with bound values, alone or in one transaction. Values:
 * null, String, numbers, booleans, {@code String[]} (text[]), {@link Instant}, {@link LocalDate}, byte[].
 * Failures become {@link DatabaseUnavailableException} (503), {@link ConstraintViolationException} (a write
 * the schema refuses: 400/409 in the API's words) or IllegalStateException, naming what was being done.
 */
public final class Jdbc {
  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Maps the current row of a result set. */
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Work done on one connection inside a transaction. */
  public interface Work<T> {
    T run(Tx tx) throws SQLException;
  }

  /** Statements on the connection of one transaction. */
  public static final class Tx {
    private final Connection c;

    Tx(Connection c) {
      this.c = c;
    }

    public <T> List<T> list(String sqlName, Row<T> row, Object... values) throws SQLException {
      try (PreparedStatement st = c.prepareStatement(Sql.named(sqlName))) {
        bind(c, st, values);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.add(row.map(rs));
          }
        }
        return out;
      }
    }

    public <T> Optional<T> one(String sqlName, Row<T> row, Object... values) throws SQLException {
      List<T> all = list(sqlName, row, values);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public int update(String sqlName, Object... values) throws SQLException {
      try (PreparedStatement st = c.prepareStatement(Sql.named(sqlName))) {
        bind(c, st, values);
        return st.executeUpdate();
      }
    }
  }

  /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T transaction(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(new Tx(c));
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      if (ConstraintViolationException.is(e)) {
        throw ConstraintViolationException.of(what, e);
      }
      throw DatabaseUnavailableException.wrap(what, e);
    }
  }

  /** One read outside an explicit transaction. */
  public <T> List<T> list(String what, String sqlName, Row<T> row, Object... values) {
    return transaction(what, tx -> tx.list(sqlName, row, values));
  }

  public <T> Optional<T> one(String what, String sqlName, Row<T> row, Object... values) {
    return transaction(what, tx -> tx.one(sqlName, row, values));
  }

  public int update(String what, String sqlName, Object... values) {
    return transaction(what, tx -> tx.update(sqlName, values));
  }

  /** Binds a statement's values (and sets what else it needs) before it runs. */
  public interface Binding {
    void bind(Connection c, PreparedStatement st) throws SQLException;
  }

  /** Takes one row of a result set. */
  public interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a query through a server-side cursor, so that its rows arrive {@code fetchSize} at a time and are never
   * all in memory, and hands each row to {@code each}. The read-only transaction the cursor needs is rolled back
   * at the end, and also when {@code each} throws (a client gone mid-stream leaves no transaction open).
   *
   * @param what what is being read, for the error ("reading features")
   * @param sql  the statement's text (a named statement, possibly with a WHERE clause of constant fragments)
   * @throws DatabaseUnavailableException when the database fails, naming {@code what}
   */
  public void forEachRow(String what, String sql, int fetchSize, Binding binding, RowConsumer each) {
    try (Connection conn = dataSource.getConnection()) {
      conn.setAutoCommit(false);
      try (PreparedStatement st = conn.prepareStatement(sql)) {
        st.setFetchSize(fetchSize);
        binding.bind(conn, st);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            each.accept(rs);
          }
        }
        conn.rollback();
        conn.setAutoCommit(true);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(conn, e);
        throw e;
      }
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap(what, e);
    }
  }

  /** Rolls back; a failure to do so (the connection died) is attached to the original error, not thrown. */
  public static void rollbackQuietly(Connection c, Exception original) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      original.addSuppressed(e);
    }
  }

  /** Binds the values to parameters 1, 2, … */
  public static void bind(Connection c, PreparedStatement st, Object... values) throws SQLException {
    bindFrom(c, st, 1, values);
  }

  /**
   * Binds the values to the parameters from {@code first} on.
   *
   * @return the index of the next parameter
   */
  public static int bindFrom(Connection c, PreparedStatement st, int first, Object... values) throws SQLException {
    int p = first;
    for (Object v : values) {
      if (v == null) {
        st.setNull(p, Types.NULL);
      } else if (v instanceof String[] array) {
        st.setArray(p, c.createArrayOf("text", array));
      } else if (v instanceof Instant instant) {
        st.setTimestamp(p, Timestamp.from(instant));
      } else if (v instanceof LocalDate date) {
        st.setDate(p, java.sql.Date.valueOf(date));
      } else {
        st.setObject(p, v);
      }
      p++;
    }
    return p;
  }
}
