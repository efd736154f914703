package vn.thanhhoa.planmap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip (zipped Shapefile, KMZ) with {@code java.util.zip} before GDAL sees it, so a zip
 * bomb or a hostile entry never reaches the disk whole: at most {@code maxEntries} entries and
 * {@code maxBytes} unpacked bytes in all (counted while unpacking, not trusted from the headers), no entry
 * outside the folder (absolute paths, {@code ..}), no nested zips.
 */
final class ZipGuard {
  private final int maxEntries;
  private final long maxBytes;

  ZipGuard(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /**
   * Unpacks {@code zip} into {@code into} (flattened: folders inside the zip are kept as they are).
   *
   * @return the unpacked files
   * @throws ImportException when the zip is corrupt or breaks a limit
   */
  List<Path> unpack(Path zip, Path into) {
    List<Path> files = new ArrayList<>();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (++entries > maxEntries) {
          throw ImportException.tooLarge("the zip holds more than " + maxEntries + " files");
        }
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into) || e.getName().startsWith("/") || e.getName().contains("\\")) {
          throw ImportException.unreadable("the zip holds a file outside its folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        String lower = e.getName().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip") || lower.endsWith(".kmz")) {
          throw ImportException.unreadable("the zip holds another zip (" + e.getName() + "); unpack it first");
        }
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
              throw ImportException.tooLarge("the zip unpacks to more than " + maxBytes / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
          }
        }
        files.add(target);
      }
    } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
      throw ImportException.unreadable("the zip is corrupt: " + e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("unpacking an uploaded zip", e);
    }
    if (entries == 0) {
      throw ImportException.unreadable("the zip is empty");
    }
    return files;
  }

  /** Reads a stream (an upload) into a file, refusing more than {@code max} bytes with 413. */
  static long copyBounded(InputStream in, Path to, long max) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(to)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > max) {
          throw ImportException.tooLarge("the file is larger than " + max / (1024 * 1024) + " MB");
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }
}
