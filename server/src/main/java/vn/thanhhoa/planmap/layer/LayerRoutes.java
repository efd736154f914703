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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.http.Caching;
import vn.thanhhoa.planmap.http.Format;
import vn.thanhhoa.planmap.http.Links;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.programme.Today;

/**
 * The layers as OGC API – Features collections: {@code /collections}, {@code /collections/{layer}},
 * its {@code /items} (paged, filtered, streamed GeoJSON), one item, its {@code /queryables} and
 * {@code /schema}. JSON for programs, HTML for browsers.
 */
public final class LayerRoutes implements vn.thanhhoa.planmap.http.Routes {
  public static final String GEOJSON = "application/geo+json";
  private static final Set<String> FORMAT_ONLY = Set.of("f");
  private static final Set<String> ITEMS_PARAMS =
      union(FeatureQueryParser.FILTERS, Set.of("f", "limit", "offset", PageCursor.PARAMETER, "crs"));

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
  }


  private void collections(Context ctx) throws Exception {
    QueryParams params = new QueryParams(ctx.queryParamMap(), FORMAT_ONLY);
    Format format = Format.of(ctx, params);
    long version = catalog.dataVersion();
    if (Caching.notModified(ctx, version, format)) {
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
    respond(ctx, format, body, () -> pages.collections(layers));
  }

  private void collection(Context ctx) throws Exception {
    QueryParams params = new QueryParams(ctx.queryParamMap(), FORMAT_ONLY);
    Format format = Format.of(ctx, params);
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    if (Caching.notModified(ctx, version, format)) {
      return;
    }
    respond(ctx, format, CollectionDocument.of(layer, Links.base(ctx)), () -> pages.collection(layer));
  }

  private void items(Context ctx) throws Exception {
    QueryParams params = new QueryParams(ctx.queryParamMap(), ITEMS_PARAMS);
    Format format = Format.of(ctx, params);
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    LocalDate today = Today.in(clock);
    FeatureQuery query = FeatureQueryParser.parse(List.of(layer.id()), params, today, layer.propertyNames(),
        FeatureQueryables.of(List.of(layer)));
    CrsReference crs = CrsParams.read(params, "crs");
    if (Caching.notModified(ctx, version, today, format)) {
      return;
    }
    long matched = query.unfiltered() ? layer.features() : catalog.count(query); // the catalog knows whole layers
    ItemsPage page = new ItemsPage(query);
    if (format == Format.HTML) {
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
    QueryParams params = new QueryParams(ctx.queryParamMap(), Set.of("f", "properties", "as_of", "crs"));
    Format format = Format.of(ctx, params);
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    LocalDate today = Today.in(clock);
    String id = ctx.pathParam("featureId");
    FeatureQuery query = FeatureQueryParser.parse(List.of(layer.id()), params, today, layer.propertyNames())
        .withFeatureId(id);
    CrsReference crs = CrsParams.read(params, "crs");
    if (Caching.notModified(ctx, version, today, format)) {
      return;
    }
    List<FeatureRow> rows = new ArrayList<>();
    catalog.forEachFeature(query, rows::add);
    if (rows.isEmpty()) {
      throw new NotFoundException("no feature '" + id + "' in layer '" + layer.id() + "'");
    }
    FeatureRow row = rows.get(0);
    if (format == Format.HTML) {
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
    QueryParams params = new QueryParams(ctx.queryParamMap(), FORMAT_ONLY);
    Format format = Format.of(ctx, params);
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    if (Caching.notModified(ctx, version, format)) {
      return;
    }
    Map<String, Object> doc = document.apply(layer, Links.base(ctx));
    respond(ctx, format, doc, () -> pages.schema(layer, title, doc), "application/schema+json");
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

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }
}
