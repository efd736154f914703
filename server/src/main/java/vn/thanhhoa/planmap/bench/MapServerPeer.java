package vn.thanhhoa.planmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * MapServer 8 (Debian's {@code mapserv}, run as FastCGI by lighttpd) serving one layer of the bench schema as
 * OGC API – Features: the peer the items API is measured against, on the same rows and the same database. The
 * mapfile exposes the feature table's own columns (MapServer knows nothing of tasks), ordered as planmap orders
 * them; MapServer keeps its database connections between requests ({@code CLOSE_CONNECTION=DEFER}) and runs as
 * many FastCGI processes as there are cores. Everything lives in a private temporary folder, removed on close.
 */
final class MapServerPeer implements AutoCloseable {
  private static final Path MAPSERV = Path.of("/usr/bin/mapserv");
  private static final Path LIGHTTPD = Path.of("/usr/sbin/lighttpd");
  private static final Duration START_LIMIT = Duration.ofSeconds(20);
  private static final String MAP_KEY = "PEER";

  private final Path dir;
  private final Process lighttpd;
  private final int port;

  private MapServerPeer(Path dir, Process lighttpd, int port) {
    this.dir = dir;
    this.lighttpd = lighttpd;
    this.port = port;
  }

  /** Whether this machine has what the peer needs (Debian: {@code mapserver-bin cgi-mapserver lighttpd}). */
  static boolean installed() {
    return Files.isExecutable(MAPSERV) && Files.isExecutable(LIGHTTPD);
  }

  /**
   * Starts lighttpd with mapserv behind it, serving {@code layer} of {@code schema}.
   *
   * @param jdbcUrl  the database, {@code jdbc:postgresql://host:port/db[?…]}
   * @param user     a role that may read the schema's features
   * @param password its password (written only to the private folder's mapfile)
   */
  static MapServerPeer start(String jdbcUrl, String user, String password, String schema, String layer)
      throws IOException, InterruptedException {
    if (!installed()) {
      throw new IllegalStateException("--peer mapserver needs " + MAPSERV + " and " + LIGHTTPD
          + " (Debian: apt-get install mapserver-bin cgi-mapserver lighttpd)");
    }
    URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
    Path dir = Files.createTempDirectory("planmap-mapserver-", PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwx------")));
    int port = freePort();
    Path mapfile = dir.resolve("peer.map");
    Files.writeString(mapfile, mapfile(db, user, password, schema, layer, port), StandardCharsets.UTF_8);
    Path config = dir.resolve("mapserver.conf"); // MapServer 8 serves only the maps its configuration names
    Files.writeString(config, "CONFIG\n  MAPS\n    " + MAP_KEY + " \"" + mapfile + "\"\n  END\nEND\n",
        StandardCharsets.UTF_8);
    Path conf = dir.resolve("lighttpd.conf");
    Files.writeString(conf, lighttpdConf(dir, config, port), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(LIGHTTPD.toString(), "-D", "-f", conf.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("lighttpd.out").toFile()).start();
    MapServerPeer peer = new MapServerPeer(dir, p, port);
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (!listening(port)) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        String out = Files.readString(dir.resolve("lighttpd.out"));
        peer.close();
        throw new IllegalStateException("lighttpd did not start: " + out);
      }
      Thread.sleep(50);
    }
    return peer;
  }

  /**
   * The path (from the server's root) of the first page of the layer's items as GeoJSON. (MapServer 8.0.0 ignores
   * {@code offset}: it asks PostGIS for the first {@code limit} rows whatever the page.)
   */
  String itemsPath(String layer, int limit) {
    return "/mapserv/" + MAP_KEY + "/ogcapi/collections/" + layer + "/items?f=json&limit=" + limit;
  }

  /** {@code http://127.0.0.1:port}. */
  String base() {
    return "http://127.0.0.1:" + port;
  }

  private static String mapfile(URI db, String user, String password, String schema, String layer, int port) {
    String connection = "host=" + db.getHost() + " port=" + db.getPort() + " dbname=" + db.getPath().substring(1)
        + " user=" + user + " password=" + password;
    // The columns the feature table holds for each place. No ORDER BY: MapServer counts the subquery's rows for
    // every page (numberMatched), and a sort would cost it more than planmap's index; the synthetic rows lie in
    // the table in planmap's order anyway.
    String data = "geom FROM (SELECT id, layer_id, name, name_en, kind, accuracy, accuracy_vi, accuracy_class, "
        + "accuracy_m, accuracy_source, accuracy_source_en, source_text, properties::text AS properties, sort_order, "
        + "geom FROM " + schema + ".feature WHERE layer_id = '" + layer + "') AS f USING UNIQUE id USING SRID=4326";
    return String.join("\n",
        "MAP",
        "  NAME \"planmap_peer\"",
        "  EXTENT 102 8 110 24",
        "  PROJECTION \"init=epsg:4326\" END",
        "  WEB",
        "    METADATA",
        "      \"oga_enable_request\" \"*\"",
        "      \"oga_onlineresource\" \"http://127.0.0.1:" + port + "/mapserv/" + MAP_KEY + "/ogcapi\"",
        "      \"oga_max_limit\" \"10000\"",
        "      \"ows_title\" \"planmap bench peer\"",
        "      \"ows_srs\" \"EPSG:4326\"",
        "    END",
        "  END",
        "  LAYER",
        "    NAME \"" + layer + "\"",
        "    TYPE POLYGON",
        "    STATUS ON",
        "    TEMPLATE \"none\"", // queryable, which OGC API – Features needs
        "    CONNECTIONTYPE POSTGIS",
        "    CONNECTION \"" + connection + "\"",
        "    PROCESSING \"CLOSE_CONNECTION=DEFER\"",
        "    DATA \"" + data + "\"",
        "    PROJECTION \"init=epsg:4326\" END",
        "    METADATA",
        "      \"ows_title\" \"" + layer + "\"",
        "      \"gml_include_items\" \"all\"",
        "      \"gml_featureid\" \"id\"",
        "      \"gml_types\" \"auto\"",
        "    END",
        "  END",
        "END", "");
  }

  private static String lighttpdConf(Path dir, Path mapserverConfig, int port) {
    int procs = Runtime.getRuntime().availableProcessors();
    return String.join("\n",
        "server.document-root = \"" + dir + "\"",
        "server.bind = \"127.0.0.1\"",
        "server.port = " + port,
        "server.errorlog = \"" + dir.resolve("error.log") + "\"",
        "server.modules += (\"mod_fastcgi\")",
        "fastcgi.server = (\"/mapserv\" => ((",
        "  \"socket\" => \"" + dir.resolve("mapserv.sock") + "\",",
        "  \"bin-path\" => \"" + MAPSERV + "\",",
        "  \"max-procs\" => " + procs + ",",
        "  \"check-local\" => \"disable\",",
        "  \"bin-environment\" => (\"MAPSERVER_CONFIG_FILE\" => \"" + mapserverConfig + "\")",
        ")))", "");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Stops lighttpd (and the mapserv processes it started) and removes the private folder. */
  @Override
  public void close() {
    List<ProcessHandle> children = lighttpd.descendants().toList();
    lighttpd.destroy();
    try {
      lighttpd.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lighttpd.destroyForcibly();
    children.forEach(ProcessHandle::destroy);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("removing " + dir, e);
    }
  }
}
