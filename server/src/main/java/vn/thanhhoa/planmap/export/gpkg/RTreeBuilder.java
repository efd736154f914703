package vn.thanhhoa.planmap.export.gpkg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Builds the R-trees of a GeoPackage beside it, as GDAL's GPKG driver does: a background thread inserts the envelopes
 * into R-trees of a temporary SQLite file while the rows go into the GeoPackage, and {@link #copyInto} then copies the
 * finished trees' tables into the GeoPackage's (empty) R-tree tables, which costs a table copy instead of an insert per
 * row. The envelopes travel in batches through a bounded queue, so memory stays bounded.
 */
final class RTreeBuilder {
  private static final int BATCH = 1024;
  private static final int QUEUED_BATCHES = 8;
  private static final double[] END = new double[0];
  /** The tables that hold an SQLite R-tree, by suffix. */
  private static final List<String> SHADOW_TABLES = List.of("_node", "_rowid", "_parent");

  private final Path file;
  private final int trees;
  private final BlockingQueue<double[]> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
  private final Thread worker;
  private double[] batch = new double[BATCH * 6];
  private int filled;
  private volatile Exception failure;

  /**
   * Starts the background thread.
   *
   * @param file  the temporary SQLite file to build the trees in (must not exist; deleted with the export's folder)
   * @param trees how many R-trees (one per feature table, numbered from 0)
   */
  RTreeBuilder(Path file, int trees) {
    this.file = file;
    this.trees = trees;
    this.worker = new Thread(this::build, "gpkg-rtree");
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues one feature's envelope for R-tree {@code tree}. */
  void add(int tree, long fid, double minX, double maxX, double minY, double maxY) {
    int i = filled * 6;
    batch[i] = tree;
    batch[i + 1] = fid;
    batch[i + 2] = minX;
    batch[i + 3] = maxX;
    batch[i + 4] = minY;
    batch[i + 5] = maxY;
    if (++filled == BATCH) {
      send(batch);
      batch = new double[BATCH * 6];
      filled = 0;
    }
  }

  /**
   * Waits for the trees and copies them into the GeoPackage's R-tree tables, which must exist and be empty. SQLite
   * attaches a file only outside a transaction: call this after the rows are committed.
   *
   * @param connection the GeoPackage's connection
   * @param names      the GeoPackage's R-tree table names, in tree order
   */
  void copyInto(Connection connection, List<String> names) throws SQLException {
    double[] last = new double[filled * 6];
    System.arraycopy(batch, 0, last, 0, last.length);
    send(last);
    send(END);
    join();
    if (failure != null) {
      throw new IllegalStateException("building the GeoPackage's spatial index: " + failure.getMessage(), failure);
    }
    try (Statement st = connection.createStatement()) {
      st.execute("ATTACH DATABASE '" + file.toString().replace("'", "''") + "' AS rtrees");
      try {
        for (int t = 0; t < trees; t++) {
          for (String suffix : SHADOW_TABLES) {
            String target = SqliteInsert.quote(names.get(t) + suffix);
            st.execute("DELETE FROM main." + target);
            st.execute("INSERT INTO main." + target + " SELECT * FROM rtrees." + SqliteInsert.quote("r" + t + suffix));
          }
        }
      } finally {
        st.execute("DETACH DATABASE rtrees");
      }
    }
  }

  /** Stops the background thread without waiting for the trees. */
  void abort() {
    worker.interrupt();
    join();
  }

  private void send(double[] envelopes) {
    if (failure != null) {
      throw new IllegalStateException("building the GeoPackage's spatial index: " + failure.getMessage(), failure);
    }
    try {
      while (!queue.offer(envelopes, 100, TimeUnit.MILLISECONDS)) {
        if (failure != null) {
          throw new IllegalStateException("building the GeoPackage's spatial index: " + failure.getMessage(), failure);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the GeoPackage's spatial index", e);
    }
  }

  private void join() {
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the GeoPackage's spatial index", e);
    }
  }

  private void build() {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA synchronous = OFF");
        st.execute("PRAGMA journal_mode = OFF");
        for (int t = 0; t < trees; t++) {
          st.execute("CREATE VIRTUAL TABLE " + SqliteInsert.quote("r" + t) + " USING rtree(id, minx, maxx, miny, maxy)");
        }
      }
      c.setAutoCommit(false);
      PreparedStatement[] inserts = new PreparedStatement[trees];
      for (int t = 0; t < trees; t++) {
        inserts[t] = c.prepareStatement("INSERT INTO " + SqliteInsert.quote("r" + t) + " VALUES (?, ?, ?, ?, ?)");
      }
      for (double[] b = queue.take(); b != END; b = queue.take()) {
        for (int i = 0; i < b.length; i += 6) {
          PreparedStatement st = inserts[(int) b[i]];
          st.setLong(1, (long) b[i + 1]);
          st.setDouble(2, b[i + 2]);
          st.setDouble(3, b[i + 3]);
          st.setDouble(4, b[i + 4]);
          st.setDouble(5, b[i + 5]);
          st.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      failure = e; // the producer sees it when it next sends
    } catch (InterruptedException e) {
      failure = e;
    }
  }
}
