package vn.thanhhoa.planmap.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What may be attached to a report: PDF, PNG or JPEG, at most {@link #MAX_BYTES}; the type is judged by
 * the file's first bytes, and must agree with the declared content type (a script renamed .pdf is refused).
 */
public final class AttachmentPolicy {
  /** Largest attachment, in bytes (5 MiB). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  /** The media types that may be attached, as declared by the upload. */
  public static final List<String> TYPES = List.of("application/pdf", "image/png", "image/jpeg");
  /** The file name extensions of {@link #TYPES}, for the browser's file chooser. */
  public static final List<String> EXTENSIONS = List.of(".pdf", ".png", ".jpg", ".jpeg");
  private static final Map<String, byte[]> MAGIC = Map.of(
      "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
      "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
      "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private AttachmentPolicy() {}

  /** Why the file is refused, or empty when it may be stored. */
  public static Optional<String> problem(String declaredType, byte[] data) {
    String type = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase();
    byte[] magic = MAGIC.get(type);
    if (magic == null) {
      return Optional.of("only PDF, PNG and JPEG files may be attached, not '" + type + "'");
    }
    if (data.length == 0) {
      return Optional.of("the file is empty");
    }
    if (data.length < magic.length || !Arrays.equals(Arrays.copyOf(data, magic.length), magic)) {
      return Optional.of("the file's content is not " + type);
    }
    return Optional.empty();
  }

  /** The declared type without parameters, lower case. */
  public static String type(String declaredType) {
    return declaredType.split(";")[0].strip().toLowerCase();
  }
}
