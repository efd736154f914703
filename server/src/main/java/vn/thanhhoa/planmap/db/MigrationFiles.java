package vn.thanhhoa.planmap.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The Flyway migrations packaged with this planmap ({@code migrations/}, at {@value #LOCATION} on the class path, in
 * the jar or, in a build tree, a folder), and their fingerprint.
 */
final class MigrationFiles {
  /** Where the build puts {@code migrations/} on the class path (server/pom.xml); Flyway's location too. */
  static final String LOCATION = "db/migration";

  private MigrationFiles() {}

  /**
   * SHA-256 over the names (relative to {@value #LOCATION}) and bytes of every file there, in name order, as 64 hex
   * digits: what {@code schema_state} compares with (migrations/V17__schema_state.sql).
   *
   * @throws IllegalStateException when the folder is not on the class path
   * @throws UncheckedIOException  when a file cannot be read
   */
  static String sha256() {
    URL url = MigrationFiles.class.getClassLoader().getResource(LOCATION);
    if (url == null) {
      throw new IllegalStateException("no " + LOCATION + " on the class path");
    }
    try {
      Map<String, byte[]> files = "jar".equals(url.getProtocol()) ? fromJar(url) : fromFolder(url);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      files.forEach((name, bytes) -> {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
      });
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("reading the migrations at " + url, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The files under the location inside the jar (whose parsed index the JDK shares with the class loader's handle). */
  private static Map<String, byte[]> fromJar(URL url) throws IOException {
    JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
    String prefix = LOCATION + "/";
    Map<String, byte[]> files = new TreeMap<>();
    for (var e : (Iterable<java.util.jar.JarEntry>) jar.stream()::iterator) {
      if (!e.isDirectory() && e.getName().startsWith(prefix)) {
        try (InputStream in = jar.getInputStream(e)) {
          files.put(e.getName().substring(prefix.length()), in.readAllBytes());
        }
      }
    }
    return files;
  }

  private static Map<String, byte[]> fromFolder(URL url) throws IOException {
    Path dir;
    try {
      dir = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the migrations' location " + url, e);
    }
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    return files;
  }
}
