package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.db.SqlFragment;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;

class SortingTest {
  private static Sorting sortby(String value) {
    return Sorting.read(new QueryParams(Map.of("sortby", List.of(value)), Parameters.of(Sorting.PARAMETER)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "name              | name,id",
      "+name             | name,id",
      "' name'           | name,id",
      "-next_due,name    | -next_due,name,id",
      "next_due, -id     | next_due,-id",
      "-name,next_due    | -name,next_due,id"})
  void sortbyReadsIntoKeysEndedByTheId(String value, String spec) {
    assertEquals(spec, sortby(value).spec());
  }

  @Test
  void noSortbyIsTheItemsOwnOrder() {
    assertNull(Sorting.read(new QueryParams(Map.of(), Parameters.of(Sorting.PARAMETER))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"colour", "name,name", "name,-name", "--name", "geometry", "name;DROP TABLE feature"})
  void unknownOrRepeatedPropertiesAreRefusedNamingSortby(String value) {
    BadRequestException e = assertThrows(BadRequestException.class, () -> sortby(value));
    assertEquals("sortby", e.parameter());
  }

  @Test
  void nullsComeLastInEitherDirection() {
    assertEquals("f.layer_id, feature_next_due(f.id, p.as_of) DESC NULLS LAST, f.id ASC NULLS LAST",
        sortby("-next_due").orderBy(false));
    assertEquals("f.layer_id DESC, feature_next_due(f.id, p.as_of) ASC NULLS FIRST, f.id DESC NULLS FIRST",
        sortby("-next_due").orderBy(true));
  }

  @Test
  void theKeysetBindsEveryValueAndPlacesNoValueInTheSql() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String hostile = "x'); DROP TABLE feature; --";
    SqlFragment after = sortby("name,-next_due").beyond(json.readTree(
        "[\"" + hostile + "\", \"2026-03-31\", \"pho\"]"), false);
    assertEquals(after.sql().chars().filter(c -> c == '?').count(), after.values().size(), after.sql());
    assertEquals(List.of(hostile, hostile, java.sql.Date.valueOf("2026-03-31"), hostile,
        java.sql.Date.valueOf("2026-03-31"), "pho"), after.values());
    assertEquals(-1, after.sql().indexOf("DROP"));
  }

  @Test
  void afterTheLastNullNothingFollowsOnThatKeyButTheTies() throws Exception {
    SqlFragment after = sortby("next_due").beyond(new ObjectMapper().readTree("[null, \"pho\"]"), false);
    assertEquals("((feature_next_due(f.id, p.as_of) IS NULL AND f.id > ?))", after.sql());
    SqlFragment before = sortby("next_due").beyond(new ObjectMapper().readTree("[null, \"pho\"]"), true);
    assertEquals("((feature_next_due(f.id, p.as_of) IS NOT NULL) OR (feature_next_due(f.id, p.as_of) IS NULL"
        + " AND f.id < ?))", before.sql());
  }
}
