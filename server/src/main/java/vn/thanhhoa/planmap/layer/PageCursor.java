package vn.thanhhoa.planmap.layer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import vn.thanhhoa.planmap.http.BadRequestException;

/**
 * Where a page of items starts when it is reached by following {@code next}: just after the feature with this
 * sort key (items are ordered by layer, drawing order, id); or, reached by following {@code prev}, where it ends:
 * just before that feature. The database walks its index from there, so a page
 * costs the same at any depth (a keyset, where {@code offset} reads and skips every earlier feature), and a feature
 * inserted or deleted before the cursor moves no feature across the page boundary: following {@code next} from the
 * first page returns every feature once.
 *
 * <p>Items sorted by {@code sortby} ({@link Sorting}) are cut by the values of the sort keys of that feature instead of
 * its drawing order: the cursor then records the order ({@code name,-next_due,id}) and those values, and is refused
 * beside another order. The database then reads the matching features before the cursor to find it (the values of
 * {@code next_due} are computed, not indexed), but the page is still exact.
 *
 * <p>On the wire it is the {@code cursor} query parameter: the key as base64url text ("after/layer/order/id" or
 * "before/…", followed by "/sortby/[values]" for a sorted page), opaque to clients, who only copy it from a
 * {@code next} or {@code prev} link.
 *
 * @param layerId   the layer of the last feature of the previous page
 * @param sortOrder that feature's drawing order (0 on a sorted page)
 * @param featureId that feature's id
 * @param before    true: the page holds the features just before the key (a {@code prev} link), false: just after
 * @param sortby    the order of a sorted page ({@link Sorting#spec()}), null for the items' own order
 * @param keyValues the values of that order's keys for that feature (a JSON array), null for the items' own order
 */
public record PageCursor(String layerId, int sortOrder, String featureId, boolean before, String sortby,
    JsonNode keyValues) {
  /** The query parameter that carries it. */
  public static final String PARAMETER = "cursor";
  private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  /** Longest token: a sorted page's cursor carries a name (at most a few hundred characters). */
  static final int MAX_LENGTH = 4000;
  private static final Pattern KEY = Pattern.compile("^(after|before)/([a-z0-9-]{1,200})/(-?[0-9]{1,10})"
      + "/([a-z0-9-]{1,200})(?:/([a-z_,-]{1,200})/(\\[.*\\]))?$", Pattern.DOTALL);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A cursor in the items' own order (drawing order, id). */
  public PageCursor(String layerId, int sortOrder, String featureId, boolean before) {
    this(layerId, sortOrder, featureId, before, null, null);
  }

  /** The page just after this row, in the order it was read by. */
  static PageCursor after(FeatureRow row, Sorting sorting) {
    return at(row, sorting, false);
  }

  /** The page just before this row, in the order it was read by. */
  static PageCursor before(FeatureRow row, Sorting sorting) {
    return at(row, sorting, true);
  }

  private static PageCursor at(FeatureRow row, Sorting sorting, boolean before) {
    if (sorting == null) {
      return new PageCursor(row.layerId(), row.sortOrder(), row.id(), before);
    }
    try {
      return new PageCursor(row.layerId(), 0, row.id(), before, sorting.spec(), JSON.readTree(row.sortKey()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the database wrote a sort key that is not JSON", e);
    }
  }

  /** This cursor as a query parameter value. */
  public String token() {
    String key = (before ? "before/" : "after/") + layerId + "/" + sortOrder + "/" + featureId
        + (sortby == null ? "" : "/" + sortby + "/" + keyValues);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** The condition for the rows past this cursor on a sorted page. */
  vn.thanhhoa.planmap.db.SqlFragment beyond(Sorting sorting) {
    return sorting.beyond(keyValues, before);
  }

  /**
   * Reads a {@code cursor} value.
   *
   * @param layers  the layers the request reads; a cursor of another layer is refused
   * @param sorting the request's {@code sortby}, null for none; a cursor of another order is refused
   * @throws BadRequestException (400 naming {@code cursor}) when it is not one that a {@code next} link carries
   */
  public static PageCursor parse(String token, List<String> layers, Sorting sorting) {
    String key;
    try {
      key = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw refused("it is not base64url text");
    }
    java.util.regex.Matcher m = KEY.matcher(key);
    if (!m.matches() || !ID.matcher(m.group(2)).matches() || !ID.matcher(m.group(4)).matches()) {
      throw refused("it does not hold a position in a layer");
    }
    long order = Long.parseLong(m.group(3));
    if (order < Integer.MIN_VALUE || order > Integer.MAX_VALUE) {
      throw refused("its drawing order is out of range");
    }
    if (!layers.contains(m.group(2))) {
      throw refused("it belongs to layer '" + m.group(2) + "', not to " + String.join(", ", layers));
    }
    String sortby = m.group(5);
    String wanted = sorting == null ? null : sorting.spec();
    if (!java.util.Objects.equals(sortby, wanted)) {
      throw refused("it was made for " + (sortby == null ? "no sortby" : "sortby=" + sortby) + ", this request has "
          + (wanted == null ? "none" : "sortby=" + wanted));
    }
    JsonNode values = null;
    if (sortby != null) {
      try {
        values = JSON.readTree(m.group(6));
        sorting.beyond(values, false);
      } catch (JsonProcessingException | RuntimeException e) {
        throw refused("its sort key values do not fit sortby=" + sortby);
      }
    }
    return new PageCursor(m.group(2), (int) order, m.group(4), m.group(1).equals("before"), sortby, values);
  }

  private static BadRequestException refused(String why) {
    return new BadRequestException(PARAMETER, "'cursor' must be copied from a 'next' or 'prev' link of this layer's items;"
        + " this one cannot be read: " + why);
  }
}
