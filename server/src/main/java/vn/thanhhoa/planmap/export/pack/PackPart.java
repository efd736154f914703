package vn.thanhhoa.planmap.export.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.thanhhoa.planmap.export.spi.ExportOutput;
import vn.thanhhoa.planmap.export.spi.ZipWriter;

/**
 * The output of one part of a review pack, kept in the pack's folder until the pack is zipped: a stream goes to a
 * file named as the part, a file or a folder is taken as it is.
 */
final class PackPart implements ExportOutput {
  private final String name;
  private final Path streamFile;
  private OutputStream stream;
  private Path file;
  private Path folder;

  /**
   * @param name     the part's name in the zip; a folder's files go under it ("shapefiles/")
   * @param packDir  the pack's folder, where a streamed part is kept
   */
  PackPart(String name, Path packDir) {
    this.name = name;
    this.streamFile = packDir.resolve(name);
  }

  @Override
  public OutputStream stream() {
    if (stream == null) {
      try {
        stream = Files.newOutputStream(streamFile);
      } catch (IOException e) {
        throw new UncheckedIOException("creating " + streamFile.getFileName(), e);
      }
      file = streamFile;
    }
    return stream;
  }

  @Override
  public void file(Path complete) {
    this.file = complete;
  }

  @Override
  public void folder(Path dir) {
    this.folder = dir;
  }

  /** Adds the part to the pack's zip. */
  void zipInto(ZipWriter zip) {
    close();
    if (folder != null) {
      zip.folder(name, folder);
    } else if (file != null) {
      zip.file(name, file);
    } else {
      throw new IllegalStateException("the part " + name + " of the review pack was not written");
    }
  }

  /** Closes the part's stream, if it has one; closing again does nothing. */
  void close() {
    if (stream == null) {
      return;
    }
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + streamFile.getFileName(), e);
    } finally {
      stream = null;
    }
  }
}
