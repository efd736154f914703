package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.db.SqlFragment;

/** The WHERE clause of a feature query: constant SQL, every value bound in the order of its {@code ?}s. */
class FeatureFilterTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final String HOSTILE = "x'); DROP TABLE feature; --";

  private static FeatureQuery query(double[] bbox, List<String> tasks, List<String> kinds, String text,
      LocalDate dueBefore, Boolean overdue, List<String> timeliness, Instant asOf, List<SqlFragment> conditions) {
    return new FeatureQuery(List.of("roads"), bbox, null, tasks, List.of(), kinds, List.of(), dueBefore, null,
        overdue, timeliness, text, null, TODAY, 100, 0, asOf, conditions, null, null);
  }

  private static long placeholders(String sql) {
    return sql.chars().filter(c -> c == '?').count();
  }

  @Test
  void anUnfilteredQueryReadsTheLayersOfTheCurrentTable() {
    FeatureFilter f = new FeatureFilter(FeatureQuery.all(List.of("roads", "centres"), TODAY, 10));
    assertEquals("feature f", f.from);
    assertEquals("f.layer_id = ANY (?)", f.where);
    assertEquals(1, f.values.size());
    assertArrayEquals(new String[] {"roads", "centres"}, (String[]) f.values.get(0));
  }

  @Test
  void requestTextIsBoundNeverWrittenIntoTheSql() {
    FeatureFilter f = new FeatureFilter(query(null, List.of(HOSTILE), List.of(HOSTILE), HOSTILE, null, null,
        List.of(HOSTILE), null, List.of()));
    assertFalse(f.where.contains("DROP"), f.where);
    assertEquals(placeholders(f.where), f.values.size(), "one value per ?");
    assertEquals(HOSTILE, f.values.get(2), "the search text, after the layers and the kinds");
  }

  @Test
  void theBboxTestsTheIndexFirstAndBindsTheEnvelopeTwice() {
    FeatureFilter f = new FeatureFilter(query(new double[] {105.7, 19.7, 105.9, 19.9}, List.of(), List.of(), null,
        null, null, List.of(), null, List.of()));
    assertTrue(f.where.contains("(f.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_Intersects"), f.where);
    assertEquals(List.of(105.7, 19.7, 105.9, 19.9, 105.7, 19.7, 105.9, 19.9), f.values.subList(1, 9));
  }

  @Test
  void aBboxAcrossTheAntimeridianIsTwoBoxes() {
    FeatureFilter f = new FeatureFilter(query(new double[] {170, -10, -170, 10}, List.of(), List.of(), null, null,
        null, List.of(), null, List.of()));
    assertTrue(f.where.contains(") OR ("), f.where);
    assertEquals(17, f.values.size());
    assertEquals(List.of(170.0, -10.0, 180.0, 10.0), f.values.subList(1, 5), "west of the antimeridian");
    assertEquals(List.of(-180.0, -10.0, -170.0, 10.0), f.values.subList(9, 13), "east of it");
    assertEquals(placeholders(f.where), f.values.size());
  }

  @Test
  void datesAreBoundAsSqlDatesAndOverdueAsTheOverdueTimeliness() {
    FeatureFilter f = new FeatureFilter(query(null, List.of(), List.of(), null, LocalDate.of(2025, 12, 31), false,
        List.of(), null, List.of()));
    assertEquals(Date.valueOf("2025-12-31"), f.values.get(1));
    assertTrue(f.where.contains("NOT EXISTS"), "overdue=false: no linked task is overdue");
    assertArrayEquals(new String[] {"overdue"}, (String[]) f.values.get(2));
  }

  @Test
  void asOfReadsTheHistoryAndBindsTheMomentFirst() {
    Instant end = Instant.parse("2025-06-30T17:00:00Z");
    FeatureFilter f = new FeatureFilter(query(null, List.of("VI.2"), List.of(), null, null, null, List.of(), end,
        List.of()));
    assertEquals("features_as_of(?::timestamptz) f", f.from);
    assertEquals(Timestamp.from(end), f.values.get(0));
    assertArrayEquals(new String[] {"roads"}, (String[]) f.values.get(1));
    assertEquals("SELECT * FROM features_as_of(?::timestamptz) f WHERE " + f.where,
        f.apply("SELECT * FROM /*from*/ WHERE /*where*/"));
  }

  @Test
  void furtherConditionsComeLastInParenthesesWithTheirValues() {
    SqlFragment cql = new SqlFragment("f.kind = ? OR f.kind = ?", List.of("road", "bridge"));
    FeatureFilter f = new FeatureFilter(query(null, List.of(), List.of(), null, null, null,
        List.of("late", "overdue"), null, List.of(cql)));
    assertTrue(f.where.endsWith("(f.kind = ? OR f.kind = ?)"), f.where);
    assertEquals(List.of("road", "bridge"), f.values.subList(f.values.size() - 2, f.values.size()));
    assertEquals(4, f.values.size(), "the layers, the timeliness values, the two of the condition");
    assertEquals(placeholders(f.where), f.values.size());
  }
}
