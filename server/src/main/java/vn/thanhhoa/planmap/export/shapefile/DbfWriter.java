package vn.thanhhoa.planmap.export.shapefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a dBASE III table (the {@code .dbf} of a Shapefile) of text and number fields, one record at a time.
 *
 * <p>A text field is a character field ({@code C}) of {@value #FIELD_LENGTH} bytes holding UTF-8 text (the
 * Shapefile's {@code .cpg} says so), left-aligned and padded with spaces; longer text is cut at a character
 * boundary, and a missing value is blank. A number field is a numeric field ({@code N}) of
 * {@value #NUMBER_LENGTH} characters with {@value #NUMBER_DECIMALS} decimals, right-aligned. The record count is
 * written into the header on {@link #close()}.
 */
public final class DbfWriter implements AutoCloseable {
  /** Bytes per field: the most a dBASE character field holds. */
  public static final int FIELD_LENGTH = 254;
  /** Characters of a number field, and its decimals: up to 999 999 999.99. */
  public static final int NUMBER_LENGTH = 15;
  public static final int NUMBER_DECIMALS = 2;
  private static final int HEADER_LENGTH = 32;
  private static final byte[] PADDING = " ".repeat(FIELD_LENGTH).getBytes(StandardCharsets.US_ASCII);
  private static final int FIELD_DESCRIPTOR_LENGTH = 32;

  private final BufferedFile file;
  private final List<String> fields;
  private final int fieldCount;
  private final boolean[] numeric;
  private final ByteBuffer record;
  private final int[] cut;
  private int records;

  /**
   * Creates the file and writes its header.
   *
   * @param fields the field names, at most {@value ShapefileFieldNames#MAX_LENGTH} ASCII characters each
   * @param day    the "last update" date of the header
   */
  public DbfWriter(Path file, List<String> fields, LocalDate day) {
    this(file, fields, Set.of(), day);
  }

  /**
   * Creates the file and writes its header.
   *
   * @param fields  the field names, at most {@value ShapefileFieldNames#MAX_LENGTH} ASCII characters each
   * @param numbers the names of the fields that hold numbers (their values are given as decimal text)
   * @param day     the "last update" date of the header
   */
  public DbfWriter(Path file, List<String> fields, Set<String> numbers, LocalDate day) {
    this.fields = List.copyOf(fields);
    this.fieldCount = fields.size();
    this.numeric = new boolean[fieldCount];
    this.cut = new int[fieldCount];
    int recordLength = 1;
    for (int i = 0; i < fieldCount; i++) {
      numeric[i] = numbers.contains(fields.get(i));
      recordLength += numeric[i] ? NUMBER_LENGTH : FIELD_LENGTH;
    }
    this.record = ByteBuffer.allocate(recordLength);
    this.file = new BufferedFile(file, 0);
    this.file.write(header(fields, numeric, day, recordLength));
  }

  /**
   * Writes one record; {@code values} are in field order, null for blank.
   *
   * @return whether a text was longer than {@value #FIELD_LENGTH} bytes and was cut ({@link #cutValues()})
   */
  public boolean write(List<String> values) {
    if (values.size() != fieldCount) {
      throw new IllegalArgumentException("a record needs " + fieldCount + " values, got " + values.size());
    }
    boolean wasCut = false;
    record.clear();
    record.put((byte) ' '); // not deleted
    for (int i = 0; i < fieldCount; i++) {
      if (numeric[i]) {
        byte[] bytes = number(values.get(i));
        record.put(PADDING, 0, NUMBER_LENGTH - bytes.length);
        record.put(bytes);
        continue;
      }
      String text = values.get(i);
      byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > FIELD_LENGTH) {
        bytes = fit(bytes, FIELD_LENGTH);
        cut[i]++;
        wasCut = true;
      }
      record.put(bytes);
      record.put(PADDING, 0, FIELD_LENGTH - bytes.length);
    }
    record.flip();
    file.write(record);
    records++;
    return wasCut;
  }

  /** Per field name, how many of its texts were cut to {@value #FIELD_LENGTH} bytes; fields with none are absent. */
  public Map<String, Integer> cutValues() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < fieldCount; i++) {
      if (cut[i] > 0) {
        counts.put(fields.get(i), cut[i]);
      }
    }
    return counts;
  }

  /** Records written so far. */
  public int records() {
    return records;
  }

  /** Writes the end-of-file mark and the record count, and closes the file. */
  @Override
  public void close() {
    try (file) {
      file.write(ByteBuffer.wrap(new byte[] {0x1A}));
      ByteBuffer count = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(records);
      count.flip();
      file.writeAt(count, 4);
    }
  }

  /** The UTF-8 bytes of a text, cut at a character boundary to at most {@code max} bytes; empty for null. */
  static byte[] fit(String text, int max) {
    return text == null ? new byte[0] : fit(text.getBytes(StandardCharsets.UTF_8), max);
  }

  private static byte[] fit(byte[] bytes, int max) {
    if (bytes.length <= max) {
      return bytes;
    }
    int end = max;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--; // bytes[end] continues a character that starts before it: cut before that character
    }
    return Arrays.copyOf(bytes, end);
  }

  /** A number as the field's decimal text, e.g. "1500.00"; blank for null. */
  private static byte[] number(String value) {
    if (value == null || value.isEmpty()) {
      return new byte[0];
    }
    String text = new BigDecimal(value).setScale(NUMBER_DECIMALS, RoundingMode.HALF_UP).toPlainString();
    if (text.length() > NUMBER_LENGTH) {
      throw new IllegalArgumentException("number too large for a dBASE field: " + value);
    }
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static ByteBuffer header(List<String> fields, boolean[] numeric, LocalDate day, int recordLength) {
    int headerLength = HEADER_LENGTH + FIELD_DESCRIPTOR_LENGTH * fields.size() + 1;
    ByteBuffer b = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x03); // dBASE III without memo
    b.put((byte) (day.getYear() - 1900)).put((byte) day.getMonthValue()).put((byte) day.getDayOfMonth());
    b.putInt(0); // record count, written on close
    b.putShort((short) headerLength);
    b.putShort((short) recordLength);
    b.position(HEADER_LENGTH);
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      byte[] name = field.getBytes(StandardCharsets.US_ASCII);
      if (name.length > ShapefileFieldNames.MAX_LENGTH) {
        throw new IllegalArgumentException("dBASE field name longer than 10 characters: " + field);
      }
      int start = b.position();
      b.put(name);
      b.position(start + 11);
      b.put((byte) (numeric[i] ? 'N' : 'C'));
      b.position(start + 16);
      b.put((byte) (numeric[i] ? NUMBER_LENGTH : FIELD_LENGTH));
      b.put((byte) (numeric[i] ? NUMBER_DECIMALS : 0));
      b.position(start + FIELD_DESCRIPTOR_LENGTH);
    }
    b.put((byte) 0x0D); // end of field descriptors
    b.flip();
    return b;
  }
}
