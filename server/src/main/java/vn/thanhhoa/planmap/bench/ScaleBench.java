package vn.thanhhoa.planmap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import vn.thanhhoa.planmap.db.Sql;
import vn.thanhhoa.planmap.layer.PageCursor;

/**
 * Issue 15's measurements on the 1 M-feature layer, each against its baseline in the same run: the first request
 * after a write and 8 concurrent ones (against the same request with no write before it), a page reached by a
 * {@code next} cursor at a depth of 900 k (and by {@code offset}, for contrast) against the first page, and vector
 * tiles over HTTP against the bare {@code ST_AsMVT} query ({@code sql/tiles/select_tile.sql}) that makes them.
 */
final class ScaleBench {
  interface Http {
    /** GETs the path, fails unless 200, returns the body's length. */
    long get(String path) throws Exception;
  }

  interface Report {
    void row(String what, Timings t, Timings baseline, String against, double target);

    void line(String... cells);
  }

  private final DataSource dataSource;
  private final Http http;
  private final Report report;
  private final String layer;
  private final Random random = new Random(7);

  ScaleBench(DataSource dataSource, Http http, Report report, String layer) {
    this.dataSource = dataSource;
    this.http = http;
    this.report = report;
    this.layer = layer;
  }

  void run() throws Exception {
    afterAWrite();
    deepPages();
    tiles(15);
    tiles(14);
  }

  private void afterAWrite() throws Exception {
    String items = "/collections/" + layer + "/items?limit=10";
    Timings quiet = Timings.measure(5, 20, i -> http.get(items));
    double[] first = new double[15];
    for (int i = 0; i < first.length; i++) {
      write(i);
      long t0 = System.nanoTime();
      http.get(items);
      first[i] = (System.nanoTime() - t0) / 1e6;
    }
    report.row("first request after a write (" + layer + ")", Timings.of(first), quiet, "the same, no write", 2.0);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Double> each = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        write(100 + i);
        List<Future<Double>> eight = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
          eight.add(pool.submit(() -> {
            long t0 = System.nanoTime();
            http.get(items);
            return (System.nanoTime() - t0) / 1e6;
          }));
        }
        for (Future<Double> f : eight) {
          each.add(f.get());
        }
      }
      report.row("8 concurrent requests after a write (" + layer + ")",
          Timings.of(each.stream().mapToDouble(Double::doubleValue).toArray()), quiet, "one request, no write", 4.0);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Moves a feature in the middle of the layer by ± 1 m and bumps the data version, as an edit does. */
  private void write(int i) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(Sql.named("bench/update_feature_moved"))) {
      st.setDouble(1, i % 2 == 0 ? 0.00001 : -0.00001);
      st.setString(2, layer + "-500000");
      if (st.executeUpdate() != 1) {
        throw new IllegalStateException("the benchmark's write found no feature " + layer + "-500000");
      }
    }
  }

  private void deepPages() throws Exception {
    String items = "/collections/" + layer + "/items?limit=100";
    Timings firstPage = Timings.measure(5, 25, i -> http.get(items));
    String cursor;
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(Sql.named("bench/select_key_at"))) {
      st.setString(1, layer);
      st.setInt(2, 900_000);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        cursor = new PageCursor(rs.getString(1), rs.getInt(2), rs.getString(3), false).token();
      }
    }
    Timings deep = Timings.measure(3, 25, i -> http.get(items + "&cursor=" + cursor));
    report.row("next (cursor) at 900 k (" + layer + ")", deep, firstPage, "the first page", 2.0);
    Timings offset = Timings.measure(1, 3, i -> http.get(items + "&offset=900000"));
    report.row("offset=900000 (" + layer + ", for contrast)", offset, firstPage, "the first page", 0);
  }

  private void tiles(int z) throws Exception {
    int n = 1 << z;
    List<int[]> coords = new ArrayList<>();
    for (int i = 0; i < 40; i++) { // tiles over the region (105.62–105.90 E, 19.70–19.92 N)
      double lon = 105.63 + random.nextDouble() * 0.26;
      double lat = Math.toRadians(19.71 + random.nextDouble() * 0.20);
      coords.add(new int[] {(int) ((lon + 180) / 360 * n),
          (int) ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n)});
    }
    long[] bytes = new long[coords.size()];
    Timings api = Timings.measure(5, 35, i -> {
      int[] t = coords.get(i);
      bytes[i] = http.get("/collections/" + layer + "/tiles/WebMercatorQuad/" + z + "/" + t[1] + "/" + t[0]);
    });
    Timings bare = Timings.measure(5, 35, i -> {
      int[] t = coords.get(i);
      try (Connection c = dataSource.getConnection();
          PreparedStatement st = c.prepareStatement(Sql.named("tiles/select_tile"))) {
        st.setInt(1, z);
        st.setInt(2, t[0]);
        st.setInt(3, t[1]);
        st.setString(4, layer);
        st.setString(5, layer);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          rs.getBytes(1);
        }
      }
    });
    report.row("vector tile z" + z + " (" + layer + ")", api, bare, "bare ST_AsMVT query", 1.5);
    long[] sorted = java.util.Arrays.copyOfRange(bytes, 5, bytes.length);
    java.util.Arrays.sort(sorted);
    report.line("vector tiles z" + z + " per second (one client)", String.format(Locale.ROOT, "%.1f /s",
        1000 / api.median()), String.format(Locale.ROOT, "median %,d B", sorted[sorted.length / 2]),
        String.format(Locale.ROOT, "bare query: %.1f /s", 1000 / bare.median()),
        String.format(Locale.ROOT, "%.2f×", bare.median() / api.median()));
  }
}
