package vn.thanhhoa.planmap.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.thanhhoa.planmap.http.ProblemException;

/**
 * A scanned plan sheet as uploaded: PNG or JPEG judged by its first bytes (whatever the declared type or
 * the file's name say), at most {@link #MAX_BYTES}, its size in pixels read from the header with
 * {@code javax.imageio} (the pixels are not decoded), at most {@link #MAX_SIDE} pixels a side and
 * {@link #MAX_PIXELS} in all, so that a browser can still draw it (an A0 sheet at 200 dpi is 62 Mpx).
 *
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param width       pixels
 * @param height      pixels
 */
public record ScanImage(String contentType, int width, int height) {
  /** Largest sheet, in bytes (20 MiB). */
  public static final int MAX_BYTES = 20 * 1024 * 1024;
  /** The media types a sheet may have. */
  public static final List<String> TYPES = List.of("image/png", "image/jpeg");
  public static final int MAX_SIDE = 20_000;
  public static final long MAX_PIXELS = 120_000_000L;
  private static final Map<String, byte[]> MAGIC = Map.of(
      "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
      "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  /**
   * Reads what planmap needs of an uploaded sheet.
   *
   * @throws ProblemException 415 when the bytes are not a PNG or JPEG file, or not a readable one; 413
   *     when the image has too many pixels
   */
  public static ScanImage read(byte[] data) {
    if (data.length == 0) {
      throw ProblemException.unsupportedMediaType("the file is empty");
    }
    String type = MAGIC.entrySet().stream()
        .filter(m -> data.length >= m.getValue().length
            && Arrays.equals(Arrays.copyOf(data, m.getValue().length), m.getValue()))
        .map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> ProblemException.unsupportedMediaType(
            "a scanned plan must be a PNG or JPEG image (judged by the file's content)"));
    int[] size = dimensions(data, type);
    if (size[0] > MAX_SIDE || size[1] > MAX_SIDE || (long) size[0] * size[1] > MAX_PIXELS) {
      throw ProblemException.tooLarge("the image is " + size[0] + " × " + size[1] + " pixels; at most " + MAX_SIDE
          + " a side and " + MAX_PIXELS / 1_000_000 + " million in all: scan at 200 dpi or less",
          Map.of("max_side", MAX_SIDE, "max_pixels", MAX_PIXELS));
    }
    return new ScanImage(type, size[0], size[1]);
  }

  private static int[] dimensions(byte[] data, String type) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no javax.imageio reader for " + type);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      reader.setInput(in, true, true);
      int w = reader.getWidth(0);
      int h = reader.getHeight(0);
      if (w <= 0 || h <= 0) {
        throw new IOException("no size in the header");
      }
      return new int[] {w, h};
    } catch (IOException | RuntimeException e) {
      throw ProblemException.unsupportedMediaType("the " + type.substring(6).toUpperCase()
          + " file cannot be read: " + (e.getMessage() == null ? "its header is damaged" : e.getMessage()));
    } finally {
      reader.dispose();
    }
  }
}
