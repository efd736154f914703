package vn.thanhhoa.planmap.tiles;

import java.util.regex.Pattern;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.NotFoundException;

/**
 * A tile of the WebMercatorQuad tile matrix set (OGC 17-083r4; EPSG:3857, 256 px tiles, the tiles of Google,
 * OpenStreetMap and Leaflet): its tile matrix (zoom level, 0 to {@value #MAX_ZOOM}), its row (0 at the north, down to
 * 2<sup>z</sup> − 1 at the south) and its column (0 at 180° W).
 */
public record TileCoordinate(int z, int y, int x) {
  /** The deepest tile matrix of WebMercatorQuad. */
  public static final int MAX_ZOOM = 24;
  private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,9}$");

  /**
   * Reads the path's {@code tileMatrix/tileRow/tileCol}.
   *
   * @throws BadRequestException (400 naming the parameter) when one is not a whole number
   * @throws NotFoundException (404) when the tile is outside the tile matrix set
   */
  public static TileCoordinate parse(String tileMatrix, String tileRow, String tileCol) {
    int z = number("tileMatrix", tileMatrix);
    int y = number("tileRow", tileRow);
    int x = number("tileCol", tileCol);
    if (z > MAX_ZOOM) {
      throw new NotFoundException("WebMercatorQuad has tile matrices 0 to " + MAX_ZOOM + ", not " + z);
    }
    long size = 1L << z;
    if (y >= size || x >= size) {
      throw new NotFoundException("tile matrix " + z + " has rows and columns 0 to " + (size - 1) + "; there is no tile "
          + z + "/" + y + "/" + x);
    }
    return new TileCoordinate(z, y, x);
  }

  private static int number(String name, String value) {
    if (!NUMBER.matcher(value).matches()) {
      throw new BadRequestException(name, "'" + name + "' must be a whole number ≥ 0; was: " + value);
    }
    return Integer.parseInt(value);
  }
}
