package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParamsTest {
  /** An endpoint declaring the named parameters (as text: the readers under test check the values). */
  private static Parameters declared(String... names) {
    return Parameters.of(java.util.Arrays.stream(names).map(n -> Parameter.of(n, n, Parameter.text(), "x"))
        .toArray(Parameter[]::new));
  }

  private static QueryParams of(String name, String value) {
    return new QueryParams(Map.of(name, List.of(value)), declared(name));
  }

  @Test
  void bboxReadsFourNumbers() {
    assertArrayEquals(new double[] {105.7, 19.7, 105.9, 19.9}, of("bbox", "105.7,19.7,105.9,19.9").bbox("bbox"));
  }

  @Test
  void bboxWestGreaterThanEastCrossesTheAntimeridian() {
    assertArrayEquals(new double[] {170, -10, -170, 10}, of("bbox", "170,-10,-170,10").bbox("bbox"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,2,3", "1,2,3,4,5", "a,2,3,4", "105,20,106,19", "-181,0,0,1", "0,-91,1,0", "NaN,1,2,3",
      "1,,3,4"})
  void malformedBboxIsRefusedNamingTheParameter(String value) {
    BadRequestException e = assertThrows(BadRequestException.class, () -> of("bbox", value).bbox("bbox"));
    assertEquals("bbox", e.parameter());
  }

  @Test
  void unknownParameterIsRefusedListingTheAllowedOnes() {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> new QueryParams(Map.of("bogus", List.of("1")), declared("limit")));
    assertEquals("bogus", e.parameter());
    assertEquals(Set.of("limit"), e.allowed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "10001", "ten", "1.5"})
  void limitOutsideItsRangeIsRefused(String value) {
    BadRequestException e = assertThrows(BadRequestException.class, () -> of("limit", value).integer("limit", 1,
        10_000, 100));
    assertEquals("limit", e.parameter());
  }

  @Test
  void datesAreIso() {
    assertEquals(LocalDate.of(2023, 3, 31), of("due_before", "2023-03-31").date("due_before"));
    assertThrows(BadRequestException.class, () -> of("due_before", "31/03/2023").date("due_before"));
    assertThrows(BadRequestException.class, () -> of("due_before", "2023-02-30").date("due_before"));
  }

  @Test
  void aDeclaredMaxLengthReplacesTheDefault() {
    Parameters longer = Parameters.of(Parameter.of("filter", "a long one", Parameter.text(5000), "x"));
    String within = "x".repeat(5000);
    assertEquals(within, new QueryParams(Map.of("filter", List.of(within)), longer).text("filter"));
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> new QueryParams(Map.of("filter", List.of(within + "x")), longer));
    assertEquals("filter", e.parameter());
  }

  @Test
  void overlongAndControlCharacterValuesAreRefused() {
    assertThrows(BadRequestException.class, () -> of("q", "x".repeat(QueryParams.MAX_LENGTH + 1)));
    assertThrows(BadRequestException.class, () -> of("q", "a\u0000b"));
    assertThrows(BadRequestException.class, () -> of("q", "bad \uFFFD utf-8"));
  }

  @Test
  void absentValuesAreNull() {
    QueryParams p = new QueryParams(Map.of(), declared("q"));
    assertNull(p.text("q"));
    assertNull(p.bbox("bbox"));
    assertEquals(List.of(), p.list("q"));
  }
}
