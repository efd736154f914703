package vn.thanhhoa.planmap.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.cql2.Queryable.Type;
import vn.thanhhoa.planmap.db.SqlFragment;

/** Both CQL2 encodings read to the same tree and compile to SQL with bound values; bad filters say where. */
class Cql2ReadersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, Queryable> QUERYABLES = Map.of(
      "name", Queryable.of("name", Type.STRING, "Name", "f.name"),
      "next_due", Queryable.of("next_due", Type.DATE, "Due", "feature_next_due(f.id, p.as_of)"),
      "geometry", Queryable.of("geometry", Type.GEOMETRY, "Geometry", "f.geom"));
  private static final SqlCompiler COMPILER = new SqlCompiler(QUERYABLES, g -> g);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "name = 'Cầu Hàm Rồng' | {\"op\":\"=\",\"args\":[{\"property\":\"name\"},\"Cầu Hàm Rồng\"]}",
      "name LIKE 'Cầu%' AND NOT next_due < DATE('2023-03-31') | {\"op\":\"and\",\"args\":[{\"op\":\"like\",\"args\":"
          + "[{\"property\":\"name\"},\"Cầu%\"]},{\"op\":\"not\",\"args\":[{\"op\":\"<\",\"args\":[{\"property\":"
          + "\"next_due\"},{\"date\":\"2023-03-31\"}]}]}]}",
      "name IN ('a', 'b') OR name IS NULL | {\"op\":\"or\",\"args\":[{\"op\":\"in\",\"args\":[{\"property\":\"name\"},"
          + "[\"a\",\"b\"]]},{\"op\":\"isNull\",\"args\":[{\"property\":\"name\"}]}]}",
      "ACCENTI(CASEI(name)) LIKE ACCENTI(CASEI('%song ma%')) | {\"op\":\"like\",\"args\":[{\"op\":\"accenti\",\"args\":"
          + "[{\"op\":\"casei\",\"args\":[{\"property\":\"name\"}]}]},{\"op\":\"accenti\",\"args\":[{\"op\":\"casei\","
          + "\"args\":[\"%song ma%\"]}]}]}",
      "s_intersects(geometry, POINT(105.7 19.8)) | {\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},"
          + "{\"type\":\"Point\",\"coordinates\":[105.7,19.8]}]}",
      "next_due BETWEEN DATE('2022-01-01') AND DATE('2023-12-31') | {\"op\":\"between\",\"args\":[{\"property\":"
          + "\"next_due\"},{\"date\":\"2022-01-01\"},{\"date\":\"2023-12-31\"}]}",
  })
  void textAndJsonSayTheSameAndCompileToBoundSql(String text, String json) {
    Expr fromText = Cql2TextReader.read(text);
    Expr fromJson = Cql2JsonReader.read(json, MAPPER);
    assertEquals(fromText, fromJson);
    SqlFragment a = COMPILER.compile(fromText);
    SqlFragment b = COMPILER.compile(fromJson);
    assertEquals(a, b);
    assertTrue(!a.sql().contains("'"), "no literal in the SQL text: " + a.sql());
  }

  @Test
  void literalsBecomeBoundValuesWithTheirTypes() {
    SqlFragment f = COMPILER.compile(Cql2TextReader.read("name = 'x''; DROP TABLE feature; --' AND next_due >="
        + " DATE('2023-03-31')"));
    assertEquals("(f.name = ?::text) AND (feature_next_due(f.id, p.as_of) >= ?::date)", f.sql());
    assertEquals(List.of("x'; DROP TABLE feature; --", LocalDate.of(2023, 3, 31)), f.values());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "name =                      | line 1, column 7",
      "name == 'x'                 | line 1, column 7",
      "(name = 'x'                 | line 1, column 12",
      "name = 'x' AND             | line 1, column 15",
      "name LIKE 'x                | line 1, column 11",
  })
  void syntaxErrorsNameTheirPosition(String filter, String position) {
    Cql2Exception e = assertThrows(Cql2Exception.class, () -> Cql2TextReader.read(filter));
    assertEquals(position, e.position(), e.getMessage());
  }

  @Test
  void typeAndNameErrorsAreRefusedBeforeSql() {
    assertTrue(assertThrows(Cql2Exception.class, () -> COMPILER.compile(Cql2TextReader.read("colour = 'red'")))
        .getMessage().contains("unknown queryable 'colour'"));
    assertTrue(assertThrows(Cql2Exception.class, () -> COMPILER.compile(Cql2TextReader.read("name = 3")))
        .getMessage().contains("cannot compare"));
    assertTrue(assertThrows(Cql2Exception.class, () -> COMPILER.compile(Cql2TextReader.read(
        "next_due = '2023-01-01'"))).getMessage().contains("DATE('2023-03-31')"));
    assertTrue(assertThrows(Cql2Exception.class, () -> COMPILER.compile(Cql2TextReader.read(
        "S_INTERSECTS(name, POINT(1 2))"))).getMessage().contains("two geometries"));
    assertInstanceOf(Cql2Exception.class, assertThrows(Cql2Exception.class, () -> Cql2TextReader.read(
        "S_INTERSECTS(geometry, POLYGON((1 2, 3)))")));
    assertEquals("/args/1", assertThrows(Cql2Exception.class, () -> Cql2JsonReader.read(
        "{\"op\":\"=\",\"args\":[{\"property\":\"name\"},{\"frob\":1}]}", MAPPER)).position());
    assertEquals("/op", assertThrows(Cql2Exception.class, () -> Cql2JsonReader.read(
        "{\"op\":\"frob\",\"args\":[]}", MAPPER)).position());
  }
}
