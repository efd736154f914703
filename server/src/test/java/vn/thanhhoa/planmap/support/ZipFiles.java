package vn.thanhhoa.planmap.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a downloaded zip (an export) for GDAL to read, refusing any entry that would land outside the folder. */
public final class ZipFiles {
  private ZipFiles() {}

  /** Unpacks {@code zip} into the folder {@code into} (created) and returns it. */
  public static Path unzip(Path zip, Path into) throws IOException {
    Path dir = Files.createDirectories(into);
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        Path target = dir.resolve(e.getName()).normalize();
        assertTrue(target.startsWith(dir), e.getName());
        Files.createDirectories(target.getParent());
        Files.copy(z, target);
      }
    }
    return dir;
  }
}
