package vn.thanhhoa.planmap.layer;

import static vn.thanhhoa.planmap.http.Links.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.http.Format;
import vn.thanhhoa.planmap.http.Links;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.ReadRequest;

/**
 * The layers as OGC API – Features collections: {@code /collections}, {@code /collections/{layer}},
 * its {@code /items} (paged, filtered, sorted, streamed GeoJSON), one item, its {@code /queryables},
 * {@code /sortables} and {@code /schema}. JSON for programs, HTML for browsers.
 */
public final class LayerRoutes implements vn.thanhhoa.planmap.http.Routes {
  public static final String GEOJSON = "application/geo+json";
  private static final Parameters FORMAT_ONLY = Format.ONLY;
  /** The parameters of {@code /collections/{layer}/items}. */
  public static final Parameters ITEMS_PARAMS = Parameters.of(Format.PARAMETER, FeatureQueryParser.BBOX,
      CrsParams.BBOX_CRS, CrsParams.CRS).with(FeatureQueryParser.PAGING).with(Sorting.PARAMETER)
      .with(FeatureQueryParser.FILTERS.without("bbox", "bbox-crs"));
  /** The parameters of {@code /collections/{layer}/items/{featureId}}. */
  public static final Parameters ITEM_PARAMS = Parameters.of(Format.PARAMETER,
      FeatureQueryParser.FILTERS.get("properties"), QueryParams.AS_OF, CrsParams.CRS);

  private final LayerCatalog catalog;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final LayerPages pages;

  public LayerRoutes(LayerCatalog catalog, ObjectMapper mapper, Clock clock) {
    this.catalog = catalog;
    this.mapper = mapper;
    this.clock = clock;
    this.pages = new LayerPages(mapper);
  }

  @Override
  public void register(RoutesConfig routes) {
    vn.thanhhoa.planmap.http.Routes.getAndHead(routes, "/collections", this::collections);
    vn.thanhhoa.planmap.http.Routes.getAndHead(routes, "/collections/{layer}", this::collection);
    vn.thanhhoa.planmap.http.Routes.getAndHead(routes, "/collections/{layer}/items", this::items);
    vn.thanhhoa.planmap.http.Routes.getAndHead(routes, "/collections/{layer}/items/{featureId}", this::item);
    vn.thanhhoa.planmap.http.Routes.getAndHead(routes, "/collections/{layer}/queryables",
        ctx -> schemaDocument(ctx, "Queryables", LayerSchemas::queryables));
    vn.thanhhoa.planmap.http.Routes.getAndHead(routes, "/collections/{layer}/schema", ctx -> schemaDocument(ctx, "Schema", LayerSchemas::schema));
    vn.thanhhoa.planmap.http.Routes.getAndHead(routes, "/collections/{layer}/sortables",
        ctx -> schemaDocument(ctx, "Sortables", LayerSchemas::sortables));
  }


  private void collections(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, FORMAT_ONLY, clock);
    long version = catalog.dataVersion();
    if (read.notModified(version)) {
      return;
    }
    String base = Links.base(ctx);
    List<Map<String, Object>> collections = new ArrayList<>();
    List<LayerInfo> layers = catalog.layers(version);
    for (LayerInfo layer : layers) {
      collections.add(CollectionDocument.of(layer, base));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("links", List.of(
        link(base + "/collections?f=json", "self", "application/json", "Layers as JSON"),
        link(base + "/collections?f=html", "alternate", "text/html", "Layers as HTML")));
    body.put("collections", collections);
    respond(ctx, read.format(), body, () -> pages.collections(layers));
  }

  private void collection(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, FORMAT_ONLY, clock);
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    if (read.notModified(version)) {
      return;
    }
    respond(ctx, read.format(), CollectionDocument.of(layer, Links.base(ctx)), () -> pages.collection(layer));
  }

  private void items(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, ITEMS_PARAMS, clock);
    QueryParams params = read.params();
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    LocalDate today = read.today();
    FeatureQuery query = FeatureQueryParser.parse(List.of(layer.id()), params, today, layer.propertyNames(),
        FeatureQueryables.of(List.of(layer)));
    CrsReference crs = CrsParams.read(params, "crs");
    if (read.notModified(version, today)) {
      return;
    }
    long matched = query.unfiltered() ? layer.features() : catalog.count(query); // the catalog knows whole layers
    ItemsPage page = new ItemsPage(query);
    if (read.format() == Format.HTML) {
      List<FeatureRow> rows = new ArrayList<>();
      page.read(catalog, rows::add);
      ctx.contentType("text/html; charset=utf-8").result(pages.items(layer, rows, matched, query,
          ItemLinks.of(ctx, Links.base(ctx), layer.id(), query, page)));
      return;
    }
    ctx.contentType(GEOJSON).header("Content-Crs", "<" + crs.uri() + ">");
    try (GeoJsonFeatureWriter out = new GeoJsonFeatureWriter(ctx.outputStream(), mapper, query.properties(),
        new GeometryProjection(crs))) {
      out.startCollection();
      page.read(catalog, out::feature);
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("numberMatched", matched);
      members.put("numberReturned", page.returned());
      members.put("timeStamp", Instant.now(clock).toString());
      members.put("links", ItemLinks.of(ctx, Links.base(ctx), layer.id(), query, page));
      out.endCollection(members);
    }
  }

  private void item(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, ITEM_PARAMS, clock);
    QueryParams params = read.params();
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    LocalDate today = read.today();
    String id = ctx.pathParam("featureId");
    FeatureQuery query = FeatureQueryParser.parse(List.of(layer.id()), params, today, layer.propertyNames())
        .withFeatureId(id);
    CrsReference crs = CrsParams.read(params, "crs");
    if (read.notModified(version, today)) {
      return;
    }
    List<FeatureRow> rows = new ArrayList<>();
    catalog.forEachFeature(query, rows::add);
    if (rows.isEmpty()) {
      throw new NotFoundException("no feature '" + id + "' in layer '" + layer.id() + "'");
    }
    FeatureRow row = rows.get(0);
    if (read.format() == Format.HTML) {
      ctx.contentType("text/html; charset=utf-8").result(pages.item(layer, row));
      return;
    }
    String base = Links.base(ctx) + "/collections/" + layer.id();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GeoJsonFeatureWriter out = new GeoJsonFeatureWriter(buf, mapper, query.properties(),
        new GeometryProjection(crs))) {
      out.feature(row);
    }
    Map<String, Object> feature = mapper.readValue(buf.toByteArray(), LinkedHashMap.class);
    feature.put("links", List.of(
        link(base + "/items/" + row.id() + "?f=json", "self", GEOJSON, "This feature"),
        link(base + "/items/" + row.id() + "?f=html", "alternate", "text/html", "This feature as HTML"),
        link(base + "?f=json", "collection", "application/json", layer.titleVi())));
    ctx.contentType(GEOJSON).header("Content-Crs", "<" + crs.uri() + ">").result(mapper.writeValueAsString(feature));
  }

  /** A JSON Schema document of the layer ({@code queryables} or {@code schema}). */
  private void schemaDocument(Context ctx, String title,
      java.util.function.BiFunction<LayerInfo, String, Map<String, Object>> document) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, FORMAT_ONLY, clock);
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    if (read.notModified(version)) {
      return;
    }
    Map<String, Object> doc = document.apply(layer, Links.base(ctx));
    respond(ctx, read.format(), doc, () -> pages.schema(layer, title, doc), "application/schema+json");
  }

  private LayerInfo layer(Context ctx, long version) {
    return catalog.require(ctx.pathParam("layer"), version);
  }

  private void respond(Context ctx, Format format, Object json, java.util.function.Supplier<String> html)
      throws Exception {
    respond(ctx, format, json, html, "application/json");
  }

  private void respond(Context ctx, Format format, Object json, java.util.function.Supplier<String> html,
      String jsonType) throws Exception {
    if (format == Format.HTML) {
      ctx.contentType("text/html; charset=utf-8").result(html.get());
    } else {
      ctx.contentType(jsonType).result(mapper.writeValueAsString(json));
    }
  }
}
