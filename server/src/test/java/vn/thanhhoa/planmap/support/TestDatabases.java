package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.config.Settings;
import java.util.stream.Stream;
import vn.thanhhoa.planmap.db.Database;

/** Databases over fresh schemas of the test PostGIS, and the test fixtures' folders. */
public final class TestDatabases {
  private TestDatabases() {}

  /** A connected database over a new, empty schema (not migrated). */
  public static Database emptySchema() {
    TestPostgis pg = TestPostgis.get();
    return Database.connect(config(pg.freshSchema(), pg));
  }

  /** The configuration of a server over the database at {@code url}: served as the service, migrated as the owner. */
  public static AppConfig config(String url, TestPostgis pg) {
    return AppConfig.from(new Settings(k -> null)).withDatabase(url, pg.service.user(), pg.service.password())
        .withDbOwner(pg.owner.user(), pg.owner.password()).withPort(0);
  }

  /** A fixture folder under {@code src/test/resources/}. */
  public static Path fixture(String name) {
    try {
      return Paths.get(TestDatabases.class.getResource("/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of a folder (a fixture) into {@code to}, for tests that change its files; returns {@code to}. */
  public static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
