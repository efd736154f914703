package vn.thanhhoa.planmap.layer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.thanhhoa.planmap.db.SqlFragment;

/**
 * Which features to read: the layers and every filter of the items API, already validated.
 *
 * @param layers     layer ids (at least one)
 * @param bbox       {@code [west, south, east, north]} in WGS84 degrees, or null; west &gt; east crosses
 *                   the antimeridian
 * @param featureId  one feature id, or null
 * @param tasks      linked to any of these task codes (empty: no filter)
 * @param leads      a linked task is led by any of these agency ids (empty: no filter)
 * @param kinds      of any of these kinds (empty: no filter)
 * @param accuracyClasses of any of these accuracy classes (empty: no filter)
 * @param dueBefore  a linked task is due on or before this day, or null
 * @param dueAfter   a linked task is due on or after this day, or null
 * @param overdue    true: a linked task's timeliness is overdue; false: none's is; null: no filter
 * @param timeliness a linked task has one of these timeliness values (see Timeliness; empty: no filter)
 * @param text       folded search text (see SearchText), or null
 * @param properties the properties to return, null for all
 * @param today      the day timeliness is judged on
 * @param limit      most features to return, ≥ 1
 * @param offset     features to skip, ≥ 0
 * @param asOf       show the features, statuses and reports as they were at this moment; null for now
 * @param conditions further conditions, all to hold: a CQL2 {@code filter}, a {@code bbox} given in a
 *                   projected CRS (as its outline in WGS84)
 * @param after      start just after this sort key (a {@code next} link's keyset cursor), null to start at
 *                   {@code offset}; the count of matching features ignores it
 * @param sorting    the order of {@code sortby}, null for the items' own (layer, drawing order, id)
 */
public record FeatureQuery(
    List<String> layers,
    double[] bbox,
    String featureId,
    List<String> tasks,
    List<String> leads,
    List<String> kinds,
    List<String> accuracyClasses,
    LocalDate dueBefore,
    LocalDate dueAfter,
    Boolean overdue,
    List<String> timeliness,
    String text,
    Set<String> properties,
    LocalDate today,
    int limit,
    long offset,
    Instant asOf,
    List<SqlFragment> conditions,
    PageCursor after,
    Sorting sorting) {

  /** All features of the given layers, unfiltered. */
  public static FeatureQuery all(List<String> layers, LocalDate today, int limit) {
    return new FeatureQuery(layers, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null,
        List.of(), null, null, today, limit, 0, null, List.of(), null, null);
  }

  /** The same query for one feature. */
  public FeatureQuery withFeatureId(String id) {
    return new FeatureQuery(layers, bbox, id, tasks, leads, kinds, accuracyClasses, dueBefore, dueAfter, overdue,
        timeliness, text, properties, today, 1, 0, asOf, conditions, null, null);
  }

  /** The same query over linked tasks only (for a task's features). */
  public static FeatureQuery ofTask(List<String> layers, String code, LocalDate today, Instant asOf) {
    return new FeatureQuery(layers, null, null, List.of(code), List.of(), List.of(), List.of(), null, null, null,
        List.of(), null, null, today, 10_000, 0, asOf, List.of(), null, null);
  }

  /** Whether this asks for whole layers as they are now: no filter narrows them. */
  public boolean unfiltered() {
    return bbox == null && featureId == null && tasks.isEmpty() && leads.isEmpty() && kinds.isEmpty()
        && accuracyClasses.isEmpty() && dueBefore == null && dueAfter == null && overdue == null
        && timeliness.isEmpty() && text == null && asOf == null && conditions.isEmpty();
  }

  /** The same filters on another page, found by offset, in the same order. */
  public FeatureQuery page(int newLimit, long newOffset) {
    return new FeatureQuery(layers, bbox, featureId, tasks, leads, kinds, accuracyClasses, dueBefore, dueAfter,
        overdue, timeliness, text, properties, today, newLimit, newOffset, asOf, conditions, null, sorting);
  }

  /** The same page (offset or cursor) with another limit. */
  public FeatureQuery withLimit(int newLimit) {
    return new FeatureQuery(layers, bbox, featureId, tasks, leads, kinds, accuracyClasses, dueBefore, dueAfter,
        overdue, timeliness, text, properties, today, newLimit, offset, asOf, conditions, after, sorting);
  }
}
