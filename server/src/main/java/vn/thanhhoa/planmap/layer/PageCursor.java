package vn.thanhhoa.planmap.layer;

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
 * <p>On the wire it is the {@code cursor} query parameter: the key as base64url text ("after/layer/order/id" or
 * "before/…"), opaque to clients, who only copy it from a {@code next} or {@code prev} link.
 *
 * @param layerId   the layer of the last feature of the previous page
 * @param sortOrder that feature's drawing order
 * @param featureId that feature's id
 * @param before    true: the page holds the features just before the key (a {@code prev} link), false: just after
 */
public record PageCursor(String layerId, int sortOrder, String featureId, boolean before) {
  /** The query parameter that carries it. */
  public static final String PARAMETER = "cursor";
  private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Pattern KEY =
      Pattern.compile("^(after|before)/([a-z0-9-]{1,200})/(-?[0-9]{1,10})/([a-z0-9-]{1,200})$");

  /** The page just after this row. */
  static PageCursor after(FeatureRow row) {
    return new PageCursor(row.layerId(), row.sortOrder(), row.id(), false);
  }

  /** The page just before this row. */
  static PageCursor before(FeatureRow row) {
    return new PageCursor(row.layerId(), row.sortOrder(), row.id(), true);
  }

  /** This cursor as a query parameter value. */
  public String token() {
    String key = (before ? "before/" : "after/") + layerId + "/" + sortOrder + "/" + featureId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a {@code cursor} value.
   *
   * @param layers the layers the request reads; a cursor of another layer is refused
   * @throws BadRequestException (400 naming {@code cursor}) when it is not one that a {@code next} link carries
   */
  public static PageCursor parse(String token, List<String> layers) {
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
    return new PageCursor(m.group(2), (int) order, m.group(4), m.group(1).equals("before"));
  }

  private static BadRequestException refused(String why) {
    return new BadRequestException(PARAMETER, "'cursor' must be copied from a 'next' or 'prev' link of this layer's items;"
        + " this one cannot be read: " + why);
  }
}
