package vn.thanhhoa.planmap.http;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A step that writes to a file or stream; {@link #unchecked} runs it, rethrowing as {@link UncheckedIOException}. */
@FunctionalInterface
public interface IoAction {
  void run() throws IOException;

  /** Runs the action; an IOException (such as a client going away mid-download) becomes unchecked. */
  static void unchecked(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
