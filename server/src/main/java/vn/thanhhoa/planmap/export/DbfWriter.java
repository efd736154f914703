package vn.thanhhoa.planmap.export;

import vn.thanhhoa.planmap.http.IoAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a dBASE III table (the {@code .dbf} of a Shapefile) of text fields, one record at a time.
 *
 * <p>Every field is a character field ({@code C}) of {@value #FIELD_LENGTH} bytes holding UTF-8 text (the
 * Shapefile's {@code .cpg} says so), left-aligned and padded with spaces; longer text is cut at a character
 * boundary, and a missing value is blank. The record count is written into the header on {@link #close()}.
 */
public final class DbfWriter implements AutoCloseable {
  /** Bytes per field: the most a dBASE character field holds. */
  public static final int FIELD_LENGTH = 254;
  private static final int HEADER_LENGTH = 32;
  private static final int FIELD_DESCRIPTOR_LENGTH = 32;

  private final FileChannel channel;
  private final int fieldCount;
  private final ByteBuffer record;
  private int records;

  /**
   * Creates the file and writes its header.
   *
   * @param fields the field names, at most {@value ShapefileFieldNames#MAX_LENGTH} ASCII characters each
   * @param day    the "last update" date of the header
   */
  public DbfWriter(Path file, List<String> fields, LocalDate day) {
    this.fieldCount = fields.size();
    int recordLength = 1 + FIELD_LENGTH * fieldCount;
    this.record = ByteBuffer.allocate(recordLength);
    try {
      this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      channel.write(header(fields, day, recordLength));
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
  }

  /** Writes one record; {@code values} are in field order, null for blank. */
  public void write(List<String> values) {
    if (values.size() != fieldCount) {
      throw new IllegalArgumentException("a record needs " + fieldCount + " values, got " + values.size());
    }
    record.clear();
    record.put((byte) ' '); // not deleted
    byte[] padding = new byte[FIELD_LENGTH];
    for (String v : values) {
      byte[] bytes = fit(v, FIELD_LENGTH);
      record.put(bytes);
      Arrays.fill(padding, (byte) ' ');
      record.put(padding, 0, FIELD_LENGTH - bytes.length);
    }
    record.flip();
    IoAction.unchecked(() -> channel.write(record));
    records++;
  }

  /** Records written so far. */
  public int records() {
    return records;
  }

  /** Writes the end-of-file mark and the record count, and closes the file. */
  @Override
  public void close() {
    IoAction.unchecked(() -> {
      try (channel) {
        channel.write(ByteBuffer.wrap(new byte[] {0x1A}));
        ByteBuffer count = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(records);
        count.flip();
        channel.write(count, 4);
      }
    });
  }

  /** The UTF-8 bytes of a text, cut at a character boundary to at most {@code max} bytes; empty for null. */
  static byte[] fit(String text, int max) {
    if (text == null) {
      return new byte[0];
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= max) {
      return bytes;
    }
    int end = max;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--; // bytes[end] continues a character that starts before it: cut before that character
    }
    return Arrays.copyOf(bytes, end);
  }

  private static ByteBuffer header(List<String> fields, LocalDate day, int recordLength) {
    int headerLength = HEADER_LENGTH + FIELD_DESCRIPTOR_LENGTH * fields.size() + 1;
    ByteBuffer b = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x03); // dBASE III without memo
    b.put((byte) (day.getYear() - 1900)).put((byte) day.getMonthValue()).put((byte) day.getDayOfMonth());
    b.putInt(0); // record count, written on close
    b.putShort((short) headerLength);
    b.putShort((short) recordLength);
    b.position(HEADER_LENGTH);
    for (String field : fields) {
      byte[] name = field.getBytes(StandardCharsets.US_ASCII);
      if (name.length > ShapefileFieldNames.MAX_LENGTH) {
        throw new IllegalArgumentException("dBASE field name longer than 10 characters: " + field);
      }
      int start = b.position();
      b.put(name);
      b.position(start + 11);
      b.put((byte) 'C');
      b.position(start + 16);
      b.put((byte) FIELD_LENGTH);
      b.put((byte) 0); // decimals
      b.position(start + FIELD_DESCRIPTOR_LENGTH);
    }
    b.put((byte) 0x0D); // end of field descriptors
    b.flip();
    return b;
  }
}
