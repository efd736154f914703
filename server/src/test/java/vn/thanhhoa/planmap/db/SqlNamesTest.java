package vn.thanhhoa.planmap.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every named SQL statement the Java code asks for ({@code "layer/select_features"}, as passed to {@link Sql} and
 * {@link Jdbc}) is a file under {@code src/main/resources/sql/}, and every such file is asked for: a typo or a
 * moved file fails here, not at the first request that needs it.
 */
class SqlNamesTest {
  private static final Path JAVA = Path.of("src", "main", "java");
  private static final Path SQL = Path.of("src", "main", "resources", "sql");
  /** A string literal shaped like a statement's name: folder/verb_noun. */
  private static final Pattern NAME = Pattern.compile("\"([a-z0-9]+)/([a-z0-9_]+)\"");
  /** The verbs statement names begin with (STYLE.md: sql/<feature>/verb_noun.sql). */
  private static final Pattern VERB = Pattern.compile(
      "(select|insert|update|upsert|delete|lock|count|bump|grant|create|drop|refresh|set|find|read|apply)_.*");

  private static final TreeMap<String, Path> named = new TreeMap<>();
  private static final Set<String> files = new TreeSet<>();

  @BeforeAll
  static void read() throws IOException {
    Set<String> folders = new TreeSet<>();
    try (Stream<Path> all = Files.walk(SQL)) {
      all.filter(p -> p.toString().endsWith(".sql")).forEach(p -> {
        String name = SQL.relativize(p).toString().replace('\\', '/');
        files.add(name.substring(0, name.length() - ".sql".length()));
        folders.add(name.substring(0, name.indexOf('/')));
      });
    }
    try (Stream<Path> sources = Files.walk(JAVA)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = NAME.matcher(Files.readString(source));
        while (m.find()) {
          boolean migrations = m.group(0).equals('"' + MigrationFiles.LOCATION + '"'); // a class-path folder
          if (!migrations && (folders.contains(m.group(1)) || VERB.matcher(m.group(2)).matches())) {
            named.put(m.group(1) + "/" + m.group(2), source);
          }
        }
      }
    }
  }

  @Test
  void everyNamedStatementIsAFile() {
    assertTrue(named.size() > 50, "the statement names were found: " + named.keySet());
    TreeMap<String, Path> missing = new TreeMap<>(named);
    missing.keySet().removeAll(files);
    assertEquals(new TreeMap<String, Path>(), missing, "named in Java, no file under " + SQL);
  }

  @Test
  void everyFileIsNamedInJava() {
    Set<String> unused = new TreeSet<>(files);
    unused.removeAll(named.keySet());
    assertEquals(Set.of(), unused, "files under " + SQL + " that no Java code names");
  }
}
