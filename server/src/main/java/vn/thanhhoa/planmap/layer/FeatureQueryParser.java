package vn.thanhhoa.planmap.layer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.cql2.Queryable;
import vn.thanhhoa.planmap.db.SqlFragment;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.progress.Timeliness;
import vn.thanhhoa.planmap.text.SearchText;
import vn.thanhhoa.planmap.time.AsOf;

/**
 * Reads the filter parameters that the items API and the exports share into a {@link FeatureQuery}:
 * {@code bbox, bbox-crs, datetime, task, lead, kind, accuracy_class, due_before, due_after, overdue, timeliness, q,
 * properties}, plus
 * {@code limit} and {@code offset} or {@code cursor} (see {@link PageCursor}) for paging and {@code sortby} (see
 * {@link Sorting}, on items only) for the order.
 */
public final class FeatureQueryParser {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 10_000;
  /** {@code bbox}, in CRS84 or the CRS of {@code bbox-crs}. */
  public static final Parameter BBOX = Parameter.of("bbox", "minLon,minLat,maxLon,maxLat (CRS84, or the CRS of"
      + " bbox-crs); features intersecting it. Six numbers carry heights, which are ignored. West > east crosses the"
      + " antimeridian.", Parameter.numbers(4, 6), "105.70,19.70,105.90,19.90");
  /** The filter parameters (without paging and format), shared by the items API and the exports. */
  public static final Parameters FILTERS = Parameters.of(BBOX, CrsParams.BBOX_CRS,
      Parameter.of("datetime", "RFC 3339 instant or interval; planmap's features carry no time, so any valid value"
          + " matches all", Parameter.text(), "2026-01-01T00:00:00Z/.."),
      Parameter.of("task", "Linked to any of these task codes, comma-separated (e.g. VI.2)", Parameter.text(),
          "VI.2,IV.10"),
      Parameter.of("lead", "A linked task is led by any of these agency ids", Parameter.text(),
          "ubnd-thanh-pho-thanh-hoa"),
      Parameter.of("kind", "Of any of these kinds (see the collection's kinds)", Parameter.text(), "road"),
      Parameter.of("accuracy_class", "Of any of these accuracy classes, comma-separated: "
          + String.join(", ", AccuracyClass.ids()), Parameter.text(), "schematic,from_plan"),
      Parameter.of("due_before", "A linked task is due on or before (ISO date)", Parameter.date(), "2030-12-31"),
      Parameter.of("due_after", "A linked task is due on or after (ISO date)", Parameter.date(), "2021-01-01"),
      Parameter.of("overdue", "A linked task is overdue (true), or none is (false)", Parameter.bool(), "true"),
      Parameter.of("timeliness", "A linked task's timeliness is one of these, comma-separated: "
          + String.join(", ", Timeliness.ids()), Parameter.text(), "overdue"),
      Parameter.of("q", "Words in the name, with or without diacritics", Parameter.text(), "bac song ma"),
      Parameter.of("properties", "Properties to return, comma-separated", Parameter.text(), "name"),
      QueryParams.AS_OF).with(FilterParams.PARAMETERS);
  /** {@code limit} and {@code offset}: one page of the features. */
  public static final Parameters PAGING = Parameters.of(
      Parameter.of("limit", "Features per page; a larger value is capped at the maximum",
          Parameter.integer(1, MAX_LIMIT, (long) DEFAULT_LIMIT), "10"),
      Parameter.of("offset", "Features to skip (each skipped feature is read: for deep pages, follow the 'next'"
          + " links)", Parameter.integer(0, Long.MAX_VALUE / 2, 0L), "0"),
      Parameter.of(PageCursor.PARAMETER, "Where the page starts, as copied from a 'next' or 'prev' link (a keyset:"
          + " the same cost at any depth; not with an offset above 0)", Parameter.text(PageCursor.MAX_LENGTH),
          // a cursor of the order of sortby's example (name,-next_due), as a next link of a page of roads carries it
          new PageCursor("roads", 0, "dai-lo-bac-song-ma", false, "name,-next_due,id",
              com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("Đại lộ Bắc Sông Mã")
                  .addNull().add("dai-lo-bac-song-ma")).token()));

  private static final Pattern TASK_CODE = Pattern.compile("^[IVX]+(\\.[0-9]{1,3})?$");
  private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Pattern DATETIME = Pattern.compile(
      "^(\\.\\.|\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?)(/(\\.\\.|\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?))?$");

  private FeatureQueryParser() {}

  /**
   * @param layers      the layers to read
   * @param params      the request's parameters (already checked against the endpoint's allowed set)
   * @param today       the day timeliness is judged on
   * @param propertyNames the properties a {@code properties=} selection may name
   */
  public static FeatureQuery parse(List<String> layers, QueryParams params, LocalDate today,
      Set<String> propertyNames) {
    return parse(layers, params, today, propertyNames, Map.of());
  }

  /**
   * @param queryables what a CQL2 {@code filter} may name (see {@link FeatureQueryables}); a filter is refused
   *                   when empty
   */
  public static FeatureQuery parse(List<String> layers, QueryParams params, LocalDate today,
      Set<String> propertyNames, Map<String, Queryable> queryables) {
    String datetime = params.text("datetime");
    if (datetime != null && !DATETIME.matcher(datetime).matches()) {
      throw new BadRequestException("datetime", "'datetime' must be an RFC 3339 date-time or an interval"
          + " (start/end, '..' for open); was: " + datetime, "RFC 3339 instant or interval");
    }
    List<String> tasks = params.list("task", TASK_CODE, "task codes such as VI.2 or II");
    List<String> leads = params.list("lead", ID, "agency ids such as so-xay-dung");
    List<String> kinds = params.list("kind", ID, "kind ids such as road");
    List<String> accuracyClasses = params.list("accuracy_class");
    for (String c : accuracyClasses) {
      if (AccuracyClass.of(c).isEmpty()) {
        throw new BadRequestException("accuracy_class", "unknown accuracy class '" + c + "'", AccuracyClass.ids());
      }
    }
    LocalDate dueBefore = params.date("due_before");
    LocalDate dueAfter = params.date("due_after");
    String q = params.text("q");
    String folded = q == null ? null : SearchText.fold(q);
    Set<String> properties = null;
    List<String> selected = params.list("properties");
    if (!selected.isEmpty()) {
      properties = new LinkedHashSet<>();
      for (String p : selected) {
        if (!propertyNames.contains(p)) {
          throw new BadRequestException("properties", "unknown property '" + p + "'", propertyNames);
        }
        properties.add(p);
      }
    }
    // OGC API – Features 1.0.1 (/req/core/fc-limit-response-1): a larger limit is capped, not refused
    int limit = (int) Math.min(MAX_LIMIT, params.integer("limit", 1, Long.MAX_VALUE, DEFAULT_LIMIT));
    long offset = params.integer("offset", 0, Long.MAX_VALUE / 2, 0);
    String token = params.text(PageCursor.PARAMETER);
    if (token != null && offset > 0) {
      throw new BadRequestException(PageCursor.PARAMETER, "give 'cursor' (from a 'next' link) or 'offset', not both");
    }
    Sorting sorting = Sorting.read(params);
    PageCursor after = token == null ? null : PageCursor.parse(token, layers, sorting);
    AsOf asOf = params.asOf(today);
    List<SqlFragment> conditions = new ArrayList<>();
    double[] bbox = CrsParams.bbox(params, conditions);
    SqlFragment filter = FilterParams.read(params, queryables);
    if (filter != null) {
      conditions.add(filter);
    }
    return new FeatureQuery(layers, bbox, null, tasks, leads, kinds, accuracyClasses, dueBefore, dueAfter,
        params.bool("overdue"), params.list("timeliness", Timeliness.ids()),
        folded == null || folded.isEmpty() ? null : folded, properties, asOf.day(), limit, offset, asOf.instant(),
        List.copyOf(conditions), after, sorting);
  }

}
