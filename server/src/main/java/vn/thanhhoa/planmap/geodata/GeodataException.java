package vn.thanhhoa.planmap.geodata;

import java.nio.file.Path;

/**
 * A source data file that cannot be loaded: says which file, which line, and what is wrong. The load
 * is one transaction, so the database stays as it was.
 */
public class GeodataException extends RuntimeException {
  private final Path file;
  private final int line;

  public GeodataException(Path file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public GeodataException(Path file, int line, String message, Throwable cause) {
    this(file, line, message);
    initCause(cause);
  }

  public Path file() {
    return file;
  }

  /** 1-based line of the offending element, 0 when not known. */
  public int line() {
    return line;
  }
}
