package vn.thanhhoa.planmap.export.shapefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A new file written front to back through a buffer of {@value #BUFFER_BYTES} bytes (one system call per buffer, not
 * per record), plus writes at a given position for the headers completed at the end.
 */
final class BufferedFile implements AutoCloseable {
  private static final int BUFFER_BYTES = 256 * 1024;

  private final Path file;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);

  /**
   * Creates the file (it must not exist) and starts writing at {@code start}; the bytes before it are written
   * later with {@link #writeAt}.
   */
  BufferedFile(Path file, long start) {
    this.file = file;
    try {
      this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      channel.position(start);
    } catch (IOException e) {
      throw new UncheckedIOException("creating " + file, e);
    }
  }

  /** Appends the bytes between the buffer's position and its limit. */
  void write(ByteBuffer bytes) {
    if (bytes.remaining() > buffer.remaining()) {
      flush();
    }
    if (bytes.remaining() > buffer.capacity()) {
      drain(bytes, -1);
    } else {
      buffer.put(bytes);
    }
  }

  /** Writes bytes at a position, without moving where {@link #write} appends. */
  void writeAt(ByteBuffer bytes, long position) {
    flush();
    drain(bytes, position);
  }

  /** Writes what is buffered and closes the file. */
  @Override
  public void close() {
    try (channel) {
      flush();
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + file, e);
    }
  }

  private void flush() {
    buffer.flip();
    drain(buffer, -1);
    buffer.clear();
  }

  private void drain(ByteBuffer bytes, long position) {
    try {
      long at = position;
      while (bytes.hasRemaining()) {
        int n = at < 0 ? channel.write(bytes) : channel.write(bytes, at);
        if (at >= 0) {
          at += n;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
  }
}
