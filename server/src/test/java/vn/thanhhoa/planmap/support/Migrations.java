package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's Flyway migrations, as the tests expect the schema to end up. */
public final class Migrations {
  private static final Pattern VERSION = Pattern.compile("^V(\\d+(?:\\.\\d+)?)__.*\\.sql$");

  private Migrations() {}

  /** The newest version in {@code migrations/} (e.g. "4" or "9.1"), as Flyway reports it. */
  public static String newest() {
    try (Stream<Path> files = Files.list(Path.of("..", "migrations"))) {
      return files.map(p -> VERSION.matcher(p.getFileName().toString())).filter(Matcher::matches)
          .map(m -> m.group(1)).max(Comparator.comparing(BigDecimal::new)).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
