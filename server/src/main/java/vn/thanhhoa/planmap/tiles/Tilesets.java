package vn.thanhhoa.planmap.tiles;

import static vn.thanhhoa.planmap.http.Links.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import vn.thanhhoa.planmap.geo.Region;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * The documents of OGC API – Tiles 1.0 (OGC 20-057) for a layer's vector tiles: the list of its tilesets, the
 * tileset's metadata, and the same as TileJSON 3.0.0 (for map libraries). planmap offers one tileset per layer,
 * in WebMercatorQuad.
 */
final class Tilesets {
  static final String MATRIX_SET = "WebMercatorQuad";
  static final String MATRIX_SET_URI = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
  static final String MVT = "application/vnd.mapbox-vector-tile";
  private static final String CRS_3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";
  private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  private static final String TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
  /** What each feature of a tile carries, all text. */
  static final List<String> FIELDS = List.of("id", "name", "kind", "accuracy_class");

  private Tilesets() {}

  /** {@code /collections/{id}/tiles}. */
  static Map<String, Object> list(LayerInfo layer, String base) {
    String tiles = base + "/collections/" + layer.id() + "/tiles";
    Map<String, Object> set = summary(layer);
    set.put("links", List.of(
        link(tiles + "/" + MATRIX_SET, "self", "application/json", "The tileset"),
        link(MATRIX_SET_URI, TILING_SCHEME, "application/json", "WebMercatorQuad")));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("links", List.of(link(tiles, "self", "application/json", "Tilesets of " + layer.titleEn())));
    doc.put("tilesets", List.of(set));
    return doc;
  }

  /** {@code /collections/{id}/tiles/WebMercatorQuad}. */
  static Map<String, Object> tileset(LayerInfo layer, String base) {
    String self = base + "/collections/" + layer.id() + "/tiles/" + MATRIX_SET;
    Map<String, Object> doc = summary(layer);
    Map<String, Object> tiles = new LinkedHashMap<>(link(self + "/{tileMatrix}/{tileRow}/{tileCol}", "item", MVT,
        "Vector tiles"));
    tiles.put("templated", true);
    doc.put("links", List.<Object>of(
        link(self, "self", "application/json", "This tileset"),
        link(self + "?f=tilejson", "alternate", "application/json", "This tileset as TileJSON 3.0.0"),
        link(MATRIX_SET_URI, TILING_SCHEME, "application/json", "WebMercatorQuad"),
        link(base + "/collections/" + layer.id(), "collection", "application/json", layer.titleVi()),
        tiles));
    double[] e = extent(layer);
    doc.put("boundingBox", Map.of("lowerLeft", List.of(e[0], e[1]), "upperRight", List.of(e[2], e[3]), "crs", CRS84));
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String f : FIELDS) {
      properties.put(f, Map.of("type", "string"));
    }
    doc.put("layers", List.of(Map.of("id", layer.id(), "dataType", "vector", "propertiesSchema",
        Map.of("type", "object", "properties", properties))));
    return doc;
  }

  /** The tileset as TileJSON 3.0.0 (the {@code {z}/{y}/{x}} template of the tiles, bounds, the one vector layer). */
  static Map<String, Object> tileJson(LayerInfo layer, String base) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("tilejson", "3.0.0");
    doc.put("name", layer.titleVi());
    doc.put("description", layer.descriptionVi());
    doc.put("tiles", List.of(base + "/collections/" + layer.id() + "/tiles/" + MATRIX_SET + "/{z}/{y}/{x}"));
    doc.put("minzoom", 0);
    doc.put("maxzoom", TileCoordinate.MAX_ZOOM);
    double[] e = extent(layer);
    doc.put("bounds", List.of(e[0], e[1], e[2], e[3]));
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String f : FIELDS) {
      fields.put(f, "String");
    }
    doc.put("vector_layers", List.of(Map.of("id", layer.id(), "fields", fields)));
    return doc;
  }

  private static Map<String, Object> summary(LayerInfo layer) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("title", layer.titleVi());
    doc.put("description", layer.descriptionVi());
    doc.put("dataType", "vector");
    doc.put("crs", CRS_3857);
    doc.put("tileMatrixSetURI", MATRIX_SET_URI);
    return doc;
  }

  private static double[] extent(LayerInfo layer) {
    Envelope r = Region.ENVELOPE; // an empty layer: the whole region
    return layer.extent() == null ? new double[] {r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY()} : layer.extent();
  }
}
