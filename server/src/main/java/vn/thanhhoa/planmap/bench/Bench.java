package vn.thanhhoa.planmap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.thanhhoa.planmap.App;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.Wiring;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.config.Settings;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.db.Sql;
import vn.thanhhoa.planmap.geodata.GeodataLoader;

/**
 * {@code ./planmap bench}: the API's speed against baselines measured in the same run, on synthetic
 * layers of 10 k, 100 k and 1 M features in a schema of their own ({@code planmap_bench}). Prints a table;
 * the launcher runs it with a 256 MB heap.
 */
public final class Bench {
  private static final String SCHEMA = "planmap_bench";
  private static final double REGION_W = 0.28;
  private static final double REGION_H = 0.22;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Random random = new Random(42);
  private final List<String[]> rows = new ArrayList<>();
  private Database db;
  private int port;

  /**
   * @param args {@code --exports} adds GeoPackage and Shapefile exports against ogr2ogr (minutes), of the
   *             100 k layer unless {@code --export-size=1000000} (or 10000) says otherwise; {@code --exports-only}
   *             runs those alone; {@code --scale} runs only the measurements of big layers ({@link ScaleBench}:
   *             after a write, deep pages, tiles); {@code --peer mapserver} runs only the 1 000-feature items page
   *             against the bare query and against MapServer 8 serving the same rows ({@link MapServerPeer});
   *             {@code --cold-start} runs only the cold starts of the server ({@link ColdStartBench}), which a full
   *             run ends with
   */
  public static void main(String[] args) throws Exception {
    List<String> list = java.util.Arrays.asList(args);
    int exportSize = list.stream().filter(a -> a.startsWith("--export-size=")).findFirst()
        .map(a -> Integer.parseInt(a.substring("--export-size=".length()))).orElse(100_000);
    if (exportSize != 10_000 && exportSize != 100_000 && exportSize != 1_000_000) {
      throw new IllegalArgumentException("--export-size must be 10000, 100000 or 1000000, was " + exportSize);
    }
    boolean exportsOnly = list.contains("--exports-only");
    int peer = list.indexOf("--peer");
    if (peer >= 0 && (peer + 1 >= list.size() || !list.get(peer + 1).equals("mapserver"))) {
      throw new IllegalArgumentException("--peer must be followed by mapserver (the only peer)");
    }
    Bench bench = new Bench();
    if (peer >= 0) {
      bench.runAgainstMapServer();
    } else {
      bench.run(list.contains("--exports") || exportsOnly ? exportSize : 0, exportsOnly, list.contains("--scale"),
          list.contains("--cold-start"));
    }
  }

  /**
   * @param exportSize  the layer size to export against ogr2ogr, 0 for none
   * @param exportsOnly whether to run the exports alone
   * @param scaleOnly   whether to run the big-layer measurements alone
   * @param coldOnly    whether to run the cold starts alone
   */
  private void run(int exportSize, boolean exportsOnly, boolean scaleOnly, boolean coldOnly) throws Exception {
    AppConfig benchConfig = open();
    SyntheticLayers synthetic = synthetic(benchConfig);
    int[] sizes = scaleOnly ? new int[] {1_000_000} : exportsOnly ? new int[] {exportSize}
        : coldOnly ? new int[] {10_000} : new int[] {10_000, 100_000, 1_000_000};
    for (int n : sizes) {
      synthetic.ensure(layer(n), n);
    }
    App app = new App(benchConfig, Json.mapper(), Wiring.routes(benchConfig, db, Json.mapper(),
        Clock.systemDefaultZone()));
    port = app.start().port();
    boolean all = !scaleOnly && !exportsOnly && !coldOnly;
    try {
      if (all) {
        itemsPageAgainstBareQuery();
        bboxAcrossSizes(sizes);
      }
      if (all || scaleOnly) {
        new ScaleBench(db.dataSource(), this::get, report(), layer(1_000_000)).run();
      }
      if (all) {
        streamMillion("geojson");
      }
      if (exportSize > 0 && !scaleOnly && !coldOnly) {
        ExportBench exports = new ExportBench(http, base(), benchConfig, SCHEMA);
        for (String format : List.of("gpkg", "shp")) {
          exportAgainstOgr2ogr(exports, exportSize, format);
        }
      }
    } finally {
      app.stop();
    }
    try {
      if (all || coldOnly) { // the in-process server is stopped: the starts have both cores
        new ColdStartBench(benchConfig, report(), layer(10_000)).run(3);
      }
    } finally {
      db.close();
    }
    print();
  }

  /** The table's rows, as the measurements of other classes write them. */
  private ScaleBench.Report report() {
    return new ScaleBench.Report() {
      @Override
      public void row(String what, Timings t, Timings baseline, String against, double target) {
        Bench.this.row(what, t, baseline, against, target);
      }

      @Override
      public void line(String... cells) {
        rows.add(cells);
      }
    };
  }

  /** {@code --peer mapserver}: the 1 000-feature page against the bare query and against MapServer. */
  private void runAgainstMapServer() throws Exception {
    AppConfig benchConfig = open();
    String layer = layer(100_000);
    synthetic(benchConfig).ensure(layer, 100_000);
    App app = new App(benchConfig, Json.mapper(), Wiring.routes(benchConfig, db, Json.mapper(),
        Clock.systemDefaultZone()));
    port = app.start().port();
    try (MapServerPeer mapserver = MapServerPeer.start(benchConfig.dbUrl(), benchConfig.dbUser(),
        benchConfig.dbPassword(), SCHEMA, layer)) {
      itemsPageAgainstBareQuery();
      itemsPageAgainstMapServer(mapserver, layer);
    } finally {
      app.stop();
      db.close();
    }
    print();
  }

  /** Creates the bench schema, connects to it, migrates it and loads the project's geodata into it. */
  private AppConfig open() throws Exception {
    AppConfig config = AppConfig.from(new Settings(System::getenv));
    try (Connection c = java.sql.DriverManager.getConnection(config.dbUrl(), config.dbOwnerUser(),
        config.dbOwnerPassword());
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
    }
    String url = config.dbUrl() + (config.dbUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public";
    AppConfig benchConfig = config.withDatabase(url, config.dbUser(), config.dbPassword())
        .withDbOwner(config.dbOwnerUser(), config.dbOwnerPassword()).withPort(0);
    ObjectMapper mapper = Json.mapper();
    db = Database.connect(benchConfig);
    db.migrate();
    new GeodataLoader(db.dataSource(), mapper).load(Path.of(System.getenv().getOrDefault("PLANMAP_GEODATA", "geodata")),
        false);
    return benchConfig;
  }

  private SyntheticLayers synthetic(AppConfig benchConfig) {
    String url = benchConfig.dbUrl();
    // as the schema's owner, whose ANALYZE of the million rows the planner needs (the service may not analyze)
    org.postgresql.ds.PGSimpleDataSource owner = new org.postgresql.ds.PGSimpleDataSource();
    owner.setUrl(url);
    owner.setUser(benchConfig.dbOwnerUser());
    owner.setPassword(benchConfig.dbOwnerPassword());
    return new SyntheticLayers(owner);
  }

  private static String layer(int n) {
    return n >= 1_000_000 ? "bench-" + n / 1_000_000 + "m" : "bench-" + n / 1000 + "k";
  }

  /** A 1 000-feature items page over HTTP against the bare SQL that builds the same GeoJSON. */
  private void itemsPageAgainstBareQuery() throws Exception {
    String layer = layer(100_000);
    Timings api = Timings.measure(10, 25, i -> get("/collections/" + layer + "/items?limit=1000&offset=" + (i % 50) * 1000));
    Timings bare = Timings.measure(10, 25, i -> {
      try (Connection c = db.dataSource().getConnection();
          PreparedStatement st = c.prepareStatement(Sql.named("bench/bare_items_page"))) {
        st.setString(1, layer);
        st.setInt(2, 1000);
        st.setInt(3, (i % 50) * 1000);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          rs.getString(1).length();
        }
      }
    });
    row("items page, 1 000 features (" + layer + ")", api, bare, "bare PostGIS GeoJSON query", 1.5);
  }

  /**
   * The first 1 000-feature page from planmap and from MapServer (the same rows: MapServer 8.0 serves no other
   * page), requests alternating so that both meet the same load; the ratio is of requests per second, one client
   * at a time (each request's whole round trip).
   */
  private void itemsPageAgainstMapServer(MapServerPeer mapserver, String layer) throws Exception {
    long[] bytes = new long[2];
    Timings[] t = Timings.alternating(10, 40, i -> {
      bytes[0] = get("/collections/" + layer + "/items?limit=1000");
    }, i -> {
      bytes[1] = get(mapserver.base(), mapserver.itemsPath(layer, 1000));
    });
    double planmapRps = 1000 / t[0].median();
    double mapserverRps = 1000 / t[1].median();
    double ratio = planmapRps / mapserverRps;
    System.out.printf(Locale.ROOT, "measured items page against MapServer: %.1f ms (%,d B), MapServer %.1f ms (%,d B)%n",
        t[0].median(), bytes[0], t[1].median(), bytes[1]);
    rows.add(new String[] {"items page, 1 000 features (" + layer + "), requests/s",
        String.format(Locale.ROOT, "%.1f /s", planmapRps), String.format(Locale.ROOT, "%.1f ms", t[0].p90()),
        String.format(Locale.ROOT, "MapServer 8 OGC API (FastCGI, lighttpd), same rows: %.1f /s", mapserverRps),
        String.format(Locale.ROOT, "%.2f× MapServer's requests/s (target ≥ 3×) %s", ratio,
            ratio >= 3 ? "ok" : "MISSED")});
  }

  /** A bbox query returning ~100 features on each layer size, against the 10 k layer. */
  private void bboxAcrossSizes(int[] sizes) throws Exception {
    for (int n : sizes) { // one unmeasured pass over every size first, so no size pays for the warm-up
      get("/collections/" + layer(n) + "/items?limit=1000&bbox=105.7,19.75,105.71,19.76");
    }
    Timings base = null;
    for (int n : sizes) {
      double side = Math.sqrt(100.0 / n);
      double w = REGION_W * side;
      double h = REGION_H * side;
      String layer = layer(n);
      Timings t = Timings.measure(10, 40, i -> {
        double x = 105.62 + random.nextDouble() * (REGION_W - w);
        double y = 19.70 + random.nextDouble() * (REGION_H - h);
        get(String.format(Locale.ROOT, "/collections/%s/items?limit=1000&bbox=%.6f,%.6f,%.6f,%.6f", layer, x, y,
            x + w, y + h));
      });
      if (base == null) {
        base = t;
        row("bbox → ~100 features (" + layer + ")", t, t, "itself (baseline)", 0);
      } else {
        row("bbox → ~100 features (" + layer + ")", t, base, "the same on " + layer(sizes[0]), 2.0);
      }
    }
  }

  /** Streams the 1 M layer through the API in a format while watching this JVM's heap. */
  private void streamMillion(String format) throws Exception {
    String layer = layer(1_000_000);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    HttpResponse<InputStream> export = http.send(HttpRequest.newBuilder(URI.create(base() + "/export?layers=" + layer
        + "&format=" + format)).build(), HttpResponse.BodyHandlers.ofInputStream());
    long bytes = drain(export.body());
    if (export.statusCode() != 200) {
      throw new IllegalStateException("/export?format=" + format + " answered " + export.statusCode());
    }
    String how = "GET /export?format=" + format;
    double seconds = (System.nanoTime() - t0) / 1e9;
    // The old generation is where anything held across the whole export would pile up; the young pools'
    // peaks are garbage between collections (and their sum overstates any moment's use).
    long oldPeak = oldGenPeak();
    long max = Runtime.getRuntime().maxMemory();
    System.out.printf(Locale.ROOT, "measured %s: %.1f s%n", how, seconds);
    rows.add(new String[] {"1 M features (" + how + ")", String.format(Locale.ROOT, "%.1f s", seconds),
        String.format(Locale.ROOT, "%,d MB", bytes / 1_000_000), String.format(Locale.ROOT,
            "done within -Xmx %d MB; old-gen peak %d MB", max / 1_000_000, oldPeak / 1_000_000), ""});
  }

  /** An export of a layer against ogr2ogr writing the same rows in the same format, with this JVM's heap. */
  private void exportAgainstOgr2ogr(ExportBench exports, int n, String format) throws Exception {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    Timings[] t = exports.measure(layer(n), format, n >= 1_000_000 ? 1 : 3);
    row(String.format(Locale.ROOT, "GET /export?format=%s, %,d features (old-gen peak %d MB of -Xmx %d MB)", format, n,
        oldGenPeak() / 1_000_000, Runtime.getRuntime().maxMemory() / 1_000_000), t[0], t[1],
        "ogr2ogr -f " + (format.equals("gpkg") ? "GPKG" : "'ESRI Shapefile'") + ", same rows", 1.5);
  }

  /** The peak of the old generation since the last reset: what an export would hold across all its features. */
  private static long oldGenPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
        peak = Math.max(peak, pool.getPeakUsage().getUsed());
      }
    }
    return peak;
  }

  private long get(String path) throws Exception {
    return get(base(), path);
  }

  private long get(String base, String path) throws Exception {
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long bytes = drain(r.body());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
    }
    return bytes;
  }

  private static long drain(InputStream in) throws Exception {
    try (in) {
      byte[] buf = new byte[65536];
      long total = 0;
      int n;
      while ((n = in.read(buf)) >= 0) {
        total += n;
      }
      return total;
    }
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private void row(String what, Timings t, Timings baseline, String against, double target) {
    double ratio = t.median() / baseline.median();
    System.out.printf(Locale.ROOT, "measured %s: median %.1f ms, baseline %.1f ms%n", what, t.median(),
        baseline.median());
    rows.add(new String[] {what, String.format(Locale.ROOT, "%.1f ms", t.median()),
        String.format(Locale.ROOT, "%.1f ms", t.p90()), against + String.format(Locale.ROOT, ": %.1f ms",
            baseline.median()), target == 0 ? String.format(Locale.ROOT, "%.2f×", ratio)
            : String.format(Locale.ROOT, "%.2f× (target ≤ %.1f×) %s", ratio, target, ratio <= target ? "ok" : "MISSED")});
  }

  private void print() {
    String[] head = {"benchmark", "median", "p90 / size", "baseline", "ratio"};
    int[] w = new int[head.length];
    List<String[]> all = new ArrayList<>();
    all.add(head);
    all.addAll(rows);
    for (String[] r : all) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    System.out.println();
    for (String[] r : all) {
      StringBuilder b = new StringBuilder("| ");
      for (int i = 0; i < r.length; i++) {
        b.append(String.format("%-" + w[i] + "s", r[i])).append(" | ");
      }
      System.out.println(b.toString().stripTrailing());
      if (r == head) {
        StringBuilder sep = new StringBuilder("|");
        for (int x : w) {
          sep.append("-".repeat(x + 2)).append('|');
        }
        System.out.println(sep);
      }
    }
  }
}
