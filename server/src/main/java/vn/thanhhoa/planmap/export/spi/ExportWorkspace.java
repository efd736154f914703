package vn.thanhhoa.planmap.export.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary folder of one export (for the files that must be complete before they can be sent:
 * GeoPackage, Shapefiles), under a root such as {@code java.io.tmpdir/planmap-export}. {@link #close()}
 * deletes it with everything in it, whether the export succeeded, failed, or the client went away.
 */
public final class ExportWorkspace implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ExportWorkspace.class);

  private final Path dir;

  private ExportWorkspace(Path dir) {
    this.dir = dir;
  }

  /** The default root: {@code planmap-export} under {@code java.io.tmpdir}. */
  public static Path defaultRoot() {
    return Path.of(System.getProperty("java.io.tmpdir"), "planmap-export");
  }

  /** Creates a new, empty folder under the root (creating the root when missing). */
  public static ExportWorkspace create(Path root) {
    try {
      Files.createDirectories(root);
      return new ExportWorkspace(Files.createTempDirectory(root, "export-"));
    } catch (IOException e) {
      throw new UncheckedIOException("creating an export folder under " + root, e);
    }
  }

  /** A path for a file or folder of this export (not created). */
  public Path resolve(String name) {
    return dir.resolve(name);
  }

  /** A new sub-folder. */
  public Path folder(String name) {
    try {
      return Files.createDirectories(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("creating " + dir.resolve(name), e);
    }
  }

  /** Deletes the folder and everything in it; logs, but does not throw, when something cannot be deleted. */
  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ExportWorkspace::delete);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("could not delete the export folder {}: {}", dir, e.getMessage());
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
