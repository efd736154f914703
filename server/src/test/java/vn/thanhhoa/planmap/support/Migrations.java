package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The migrations of the checkout's {@code migrations/}, for tests that expect the newest schema version. */
public final class Migrations {
  private Migrations() {}

  /** The newest migration's version as Flyway reports it: V5__… → "5", V5.1__… → "5.1". */
  public static String newest() {
    try (Stream<Path> files = Files.list(TestServer.GEODATA.resolveSibling("migrations"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V[0-9.]+__.*\\.sql"))
          .map(n -> n.substring(1, n.indexOf("__")))
          .max(Comparator.comparing(BigDecimal::new))
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
