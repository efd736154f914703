package vn.thanhhoa.planmap.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one page of items and knows the cursors of the pages around it. The page is read with one feature more
 * than it holds, so that whether another page lies beyond it is known from the rows themselves (not from a count,
 * which a write between two pages would make wrong); that extra feature is not sent. A page read forwards (from an
 * offset or after a cursor) streams its features as they come; a page before a cursor ({@code prev}), whose extra
 * feature is its first, is held until it is complete (at most {@code limit} + 1 features).
 */
final class ItemsPage {
  private final FeatureQuery query;
  private final List<FeatureRow> held = new ArrayList<>();
  private Consumer<FeatureRow> sink;
  private int returned;
  private FeatureRow first;
  private FeatureRow last;
  private boolean beyond;

  ItemsPage(FeatureQuery query) {
    this.query = query;
  }

  /** Reads the page from the catalog into the sink, in the items' order. */
  void read(LayerCatalog catalog, Consumer<FeatureRow> sink) {
    this.sink = sink;
    catalog.forEachFeature(query.withLimit(query.limit() + 1), backwards() ? held::add : this::forwards);
    if (backwards()) {
      if (held.size() > query.limit()) {
        beyond = true;
        held.remove(0);
      }
      held.forEach(this::send);
    }
  }

  int returned() {
    return returned;
  }

  /** Where the next page starts, or null when this page is the last. */
  PageCursor next() {
    return (beyond || backwards()) && last != null ? PageCursor.after(last, query.sorting()) : null;
  }

  /**
   * Where the previous page ends when this page was reached by a cursor; null on the first page and on a page
   * found by offset (which steps back by offset).
   */
  PageCursor prev() {
    if (query.after() == null || first == null || (backwards() && !beyond)) {
      return null;
    }
    return PageCursor.before(first, query.sorting());
  }

  private void forwards(FeatureRow row) {
    if (returned == query.limit()) {
      beyond = true;
      return;
    }
    send(row);
  }

  private void send(FeatureRow row) {
    returned++;
    first = first == null ? row : first;
    last = row;
    sink.accept(row);
  }

  private boolean backwards() {
    return query.after() != null && query.after().before();
  }
}
