package vn.thanhhoa.planmap.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.thanhhoa.planmap.Json;

/**
 * A {@link LayerCatalog} held in memory, so that the routes over the catalog can be tested without PostGIS: the
 * layers, their features, and a data version that every {@link #put} and {@link #remove} bumps. It orders and
 * pages as {@link PostgisLayerCatalog} does (layer id, drawing order, id; offset, or a keyset cursor after or
 * before a feature) and filters by layer, feature id, kind, accuracy class and linked task. The filters that only
 * SQL evaluates (bbox, dates, timeliness, text, as-of, CQL2) are refused with an {@link IllegalArgumentException},
 * so that a test never takes "no filter" for "filtered": those are tested over PostGIS.
 */
final class MemoryLayerCatalog implements LayerCatalog {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Comparator<FeatureRow> ORDER = Comparator.comparing(FeatureRow::layerId)
      .thenComparingInt(FeatureRow::sortOrder).thenComparing(FeatureRow::id);

  private final List<LayerInfo> declared;
  private final Map<String, FeatureRow> features = new LinkedHashMap<>();
  private final AtomicLong version = new AtomicLong(1);

  /** @param layers the layers in drawing order; their feature counts are this catalog's own */
  MemoryLayerCatalog(List<LayerInfo> layers) {
    this.declared = List.copyOf(layers);
  }

  /** Adds or replaces a feature (by id) and bumps the data version. */
  MemoryLayerCatalog put(FeatureRow row) {
    if (declared.stream().noneMatch(l -> l.id().equals(row.layerId()))) {
      throw new IllegalArgumentException("no layer '" + row.layerId() + "' in this catalog");
    }
    features.put(row.id(), row);
    version.incrementAndGet();
    return this;
  }

  /** Removes a feature and bumps the data version. */
  void remove(String id) {
    features.remove(id);
    version.incrementAndGet();
  }

  @Override
  public List<LayerInfo> layers(long dataVersion) {
    return declared.stream().map(l -> new LayerInfo(l.id(), l.titleVi(), l.titleEn(), l.descriptionVi(),
        l.descriptionEn(), l.kinds(), features.values().stream().filter(f -> f.layerId().equals(l.id())).count(),
        l.extent(), l.extraProperties(), l.group())).toList();
  }

  @Override
  public long count(FeatureQuery query) {
    return filtered(query).count();
  }

  @Override
  public void forEachFeature(FeatureQuery query, Consumer<FeatureRow> consumer) {
    List<FeatureRow> rows = filtered(query).sorted(ORDER).toList();
    PageCursor cursor = query.after();
    if (cursor == null) {
      rows.stream().skip(query.offset()).limit(query.limit()).forEach(consumer);
      return;
    }
    List<FeatureRow> page = new ArrayList<>();
    for (FeatureRow row : rows) {
      int side = ORDER.compare(row, key(cursor));
      if (cursor.before() ? side < 0 : side > 0) {
        page.add(row);
      }
    }
    // before a cursor: the features just before it, still in the items' order (as the DESC query sorted back)
    int from = cursor.before() ? Math.max(0, page.size() - query.limit()) : 0;
    page.subList(from, Math.min(page.size(), from + query.limit())).forEach(consumer);
  }

  @Override
  public long dataVersion() {
    return version.get();
  }

  private Stream<FeatureRow> filtered(FeatureQuery q) {
    refuseSqlOnly(q);
    return features.values().stream()
        .filter(f -> q.layers().contains(f.layerId()))
        .filter(f -> q.featureId() == null || q.featureId().equals(f.id()))
        .filter(f -> q.kinds().isEmpty() || q.kinds().contains(f.kind()))
        .filter(f -> q.accuracyClasses().isEmpty() || q.accuracyClasses().contains(f.accuracyClass()))
        .filter(f -> q.tasks().isEmpty() || taskCodes(f).anyMatch(q.tasks()::contains));
  }

  private static void refuseSqlOnly(FeatureQuery q) {
    Map<String, Boolean> sqlOnly = new LinkedHashMap<>();
    sqlOnly.put("bbox", q.bbox() != null);
    sqlOnly.put("lead", !q.leads().isEmpty());
    sqlOnly.put("due_before/due_after", q.dueBefore() != null || q.dueAfter() != null);
    sqlOnly.put("overdue/timeliness", q.overdue() != null || !q.timeliness().isEmpty());
    sqlOnly.put("q", q.text() != null);
    sqlOnly.put("as_of", q.asOf() != null);
    sqlOnly.put("filter", !q.conditions().isEmpty());
    sqlOnly.forEach((name, asked) -> {
      if (asked) {
        throw new IllegalArgumentException("the in-memory catalog does not filter by " + name
            + "; PostgisLayerCatalog does (tested over PostGIS)");
      }
    });
  }

  private static Stream<String> taskCodes(FeatureRow f) {
    try {
      List<String> codes = new ArrayList<>();
      MAPPER.readTree(f.tasks()).forEach(t -> codes.add(t.path("code").asText()));
      return codes.stream();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("feature " + f.id() + ": tasks is not JSON", e);
    }
  }

  private static FeatureRow key(PageCursor c) {
    return new FeatureRow(c.featureId(), c.layerId(), null, null, null, null, null, null, null, null, 0, null, 0,
        null, null, null, null, c.sortOrder());
  }
}
