package vn.thanhhoa.planmap.export.spi;

import vn.thanhhoa.planmap.http.IoAction;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip archive to a stream, entry by entry, with UTF-8 names; nothing is held in memory beyond the
 * deflater's buffers. {@link #finish()} writes the central directory and leaves the stream open.
 */
public final class ZipWriter {
  private final ZipOutputStream zip;

  public ZipWriter(OutputStream out) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    // the fastest deflate (5 times level 6's speed on a .dbf's padding, which it still shrinks many-fold)
    zip.setLevel(Deflater.BEST_SPEED);
  }

  /** Adds a file under a name. */
  public void file(String name, Path file) {
    IoAction.unchecked(() -> {
      zip.putNextEntry(new ZipEntry(name));
      Files.copy(file, zip);
      zip.closeEntry();
    });
  }

  /** Adds every file of a folder (not sub-folders), in name order, under a prefix ("" or "shapefiles/"). */
  public void folder(String prefix, Path dir) {
    IoAction.unchecked(() -> {
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        file(prefix + f.getFileName(), f);
      }
    });
  }

  /** Adds a UTF-8 text. */
  public void text(String name, String text) {
    entry(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Adds an entry whose bytes a writer streams; the writer must not close the stream it is given. */
  public void entry(String name, Content content) {
    IoAction.unchecked(() -> {
      zip.putNextEntry(new ZipEntry(name));
      content.write(new FilterOutputStream(zip) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush(); // the entry ends with closeEntry, not here
        }
      });
      zip.closeEntry();
    });
  }

  /** Ends the archive; the underlying stream stays open. */
  public void finish() {
    IoAction.unchecked(zip::finish);
  }

  /** Writes one entry's bytes. */
  @FunctionalInterface
  public interface Content {
    void write(OutputStream out) throws IOException;
  }
}
