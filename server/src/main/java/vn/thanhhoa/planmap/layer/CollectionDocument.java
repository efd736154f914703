package vn.thanhhoa.planmap.layer;

import static vn.thanhhoa.planmap.http.Links.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.geo.CrsReference;

/** The OGC API – Features collection document of a layer. */
final class CollectionDocument {
  /** WGS84 longitude/latitude: the CRS planmap stores, and the default of every geometry the API returns. */
  static final String CRS84 = CrsReference.CRS84.uri();

  private CollectionDocument() {}

  static Map<String, Object> of(LayerInfo layer, String base) {
    String self = base + "/collections/" + layer.id();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", layer.id());
    doc.put("title", layer.titleVi());
    doc.put("description", layer.descriptionVi());
    doc.put("title_en", layer.titleEn());
    doc.put("description_en", layer.descriptionEn());
    if (layer.group() != null) {
      doc.put("group", layer.group());
    }
    doc.put("itemType", "feature");
    doc.put("crs", CrsReference.URIS);
    doc.put("storageCrs", CRS84);
    double[] e = layer.extent() == null ? new double[] {105.62, 19.70, 105.90, 19.92} : layer.extent();
    doc.put("extent", Map.of("spatial", Map.of("bbox", List.of(List.of(e[0], e[1], e[2], e[3])), "crs", CRS84)));
    doc.put("kinds", layer.kinds());
    doc.put("numberOfFeatures", layer.features());
    doc.put("links", List.of(
        link(self + "?f=json", "self", "application/json", "This layer"),
        link(self + "?f=html", "alternate", "text/html", "This layer as HTML"),
        link(self + "/items?f=json", "items", LayerRoutes.GEOJSON, "Features as GeoJSON"),
        link(self + "/items?f=html", "items", "text/html", "Features as HTML"),
        link(self + "/schema", "describedby", "application/schema+json", "Schema of the features' properties"),
        link(self + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", "application/schema+json",
            "Properties the items can be filtered by"),
        link(self + "/sortables", "http://www.opengis.net/def/rel/ogc/1.0/sortables", "application/schema+json",
            "Properties the items can be sorted by (sortby)"),
        link(self + "/tiles", "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", "application/json",
            "Vector tiles (Mapbox Vector Tiles in WebMercatorQuad)"),
        link(base + "/export?layers=" + layer.id() + "&format=gpkg", "enclosure", "application/geopackage+sqlite3",
            "Download as GeoPackage")));
    return doc;
  }
}
