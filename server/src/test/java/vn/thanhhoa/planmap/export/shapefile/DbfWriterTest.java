package vn.thanhhoa.planmap.export.shapefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbfWriterTest {

  @ParameterizedTest(name = "''{0}'' in {1} bytes -> ''{2}''")
  @CsvSource({
      "Đông Hải, 20, Đông Hải",
      "Đông Hải, 3,  Đ",
      "Đông Hải, 4,  Đô",
      "Đông Hải, 2,  Đ",
      "Đông Hải, 1,  ''",
      "abc,      3,  abc",
  })
  void longTextIsCutAtACharacterBoundary(String text, int max, String expected) {
    assertEquals(expected, new String(DbfWriter.fit(text, max), StandardCharsets.UTF_8));
  }

  @Test
  void writesAHeaderFieldDescriptorsPaddedRecordsAndTheCountOnClose(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.dbf");
    try (DbfWriter dbf = new DbfWriter(file, List.of("id", "name"), LocalDate.of(2026, 11, 27))) {
      dbf.write(Arrays.asList("a", "Cầu"));
      dbf.write(Arrays.asList("b", null));
    }
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x03, b.get(0));
    assertEquals(126, b.get(1));
    assertEquals(11, b.get(2));
    assertEquals(27, b.get(3));
    assertEquals(2, b.getInt(4), "record count");
    int headerLength = b.getShort(8);
    assertEquals(32 + 2 * 32 + 1, headerLength);
    assertEquals(1 + 2 * DbfWriter.FIELD_LENGTH, b.getShort(10));
    assertEquals('C', b.get(32 + 11));
    assertEquals((byte) DbfWriter.FIELD_LENGTH, b.get(32 + 16));
    assertEquals(0x0D, b.get(headerLength - 1));
    byte[] name = new byte[DbfWriter.FIELD_LENGTH];
    b.position(headerLength + 1 + DbfWriter.FIELD_LENGTH);
    b.get(name);
    assertEquals("Cầu", new String(name, StandardCharsets.UTF_8).stripTrailing());
    assertEquals(headerLength + 2 * (1 + 2 * DbfWriter.FIELD_LENGTH) + 1, b.limit(), "records and the EOF mark");
    assertArrayEquals(new byte[] {0x1A}, Arrays.copyOfRange(b.array(), b.limit() - 1, b.limit()));
  }

  @Test
  void countsTheTextsItCutByField(@TempDir Path dir) {
    String note = "Dự án đang được triển khai theo từng giai đoạn; ".repeat(5); // 240 characters, 315 bytes
    String ascii = "x".repeat(DbfWriter.FIELD_LENGTH); // exactly fits
    try (DbfWriter dbf = new DbfWriter(dir.resolve("t.dbf"), List.of("id", "note"), LocalDate.of(2026, 11, 30))) {
      assertEquals(false, dbf.write(Arrays.asList("a", ascii)));
      assertEquals(true, dbf.write(Arrays.asList("b", note)), "315 bytes of 240 characters are cut");
      assertEquals(true, dbf.write(Arrays.asList("c", note)));
      assertEquals(java.util.Map.of("note", 2), dbf.cutValues());
    }
  }
}
