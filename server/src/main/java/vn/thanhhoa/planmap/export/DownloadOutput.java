package vn.thanhhoa.planmap.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.thanhhoa.planmap.export.spi.ExportOutput;
import vn.thanhhoa.planmap.export.spi.ZipWriter;
import vn.thanhhoa.planmap.http.IoAction;

/** An export's output when it is the download itself: a folder becomes a zip of its files. */
final class DownloadOutput implements ExportOutput {
  private final Download download;
  private OutputStream stream;

  DownloadOutput(Download download) {
    this.download = download;
  }

  /** Opens the download (sets its headers) the first time. */
  @Override
  public OutputStream stream() {
    if (stream == null) {
      stream = download.open();
    }
    return stream;
  }

  @Override
  public void file(Path file) {
    OutputStream out = stream();
    IoAction.unchecked(() -> {
      Files.copy(file, out);
      out.flush();
    });
  }

  @Override
  public void folder(Path dir) {
    OutputStream out = stream();
    ZipWriter zip = new ZipWriter(out);
    zip.folder("", dir);
    zip.finish();
    IoAction.unchecked(out::flush);
  }
}
