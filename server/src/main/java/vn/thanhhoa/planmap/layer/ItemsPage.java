package vn.thanhhoa.planmap.layer;

import java.util.function.Consumer;

/**
 * One page of items as it streams by: the query asks for one feature more than the page holds, so that whether
 * another page follows is known from the rows themselves (not from a count, which a write between two pages would
 * make wrong); that extra feature is not sent. Remembers the last feature sent, for the {@code next} link's cursor.
 */
final class ItemsPage {
  private final int limit;
  private int returned;
  private FeatureRow last;
  private boolean more;

  ItemsPage(int limit) {
    this.limit = limit;
  }

  /** The query to run: the page's, with room for the one feature that tells whether more follow. */
  static FeatureQuery peeking(FeatureQuery query) {
    return query.withLimit(query.limit() + 1);
  }

  /** Passes the page's features to the sink and keeps count. */
  Consumer<FeatureRow> into(Consumer<FeatureRow> sink) {
    return row -> {
      if (returned == limit) {
        more = true;
        return;
      }
      returned++;
      last = row;
      sink.accept(row);
    };
  }

  int returned() {
    return returned;
  }

  /** Where the next page starts, or null when this page is the last. */
  PageCursor next() {
    return more ? PageCursor.after(last) : null;
  }
}
