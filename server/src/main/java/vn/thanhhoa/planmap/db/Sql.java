package vn.thanhhoa.planmap.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL statements kept in named files on the classpath, {@code sql/<feature>/<verb_noun>.sql}, so that
 * they can be read as SQL. Values are always bound as {@code ?} parameters, never pasted in.
 */
public final class Sql {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Sql() {}

  /**
   * The text of a statement.
   *
   * @param name path below {@code sql/} without the extension, e.g. {@code "layer/select_features"}
   * @throws IllegalStateException when no such file is packaged
   */
  public static String named(String name) {
    return CACHE.computeIfAbsent(name, Sql::read);
  }

  private static String read(String name) {
    String path = "/sql/" + name + ".sql";
    try (InputStream in = Sql.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no SQL file " + path + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }

  /** Quotes an identifier for PostgreSQL: the one way identifiers enter SQL text. */
  public static String quoteIdentifier(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
