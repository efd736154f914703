package vn.thanhhoa.planmap.api;

import static vn.thanhhoa.planmap.http.Html.escape;
import static vn.thanhhoa.planmap.http.Html.link;
import static vn.thanhhoa.planmap.http.Links.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.http.Format;
import vn.thanhhoa.planmap.http.Html;
import vn.thanhhoa.planmap.http.Links;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.ReadRequest;
import vn.thanhhoa.planmap.http.Routes;

/**
 * The service's own documents: the landing page {@code /} (the map for browsers, the OGC API landing
 * page for programs or with {@code f=json|html}), {@code /conformance}, the OpenAPI 3.0 document
 * {@code /api}, and {@code /config} (what the map needs to know: basemap URL and attribution, and the API's
 * vocabularies and limits of {@link ClientTerms}).
 */
public final class ServiceRoutes implements Routes {
  /** The conformance classes planmap implements, exactly. */
  public static final List<String> CONFORMANCE = List.of(
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
      "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
      "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
      "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
      "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
      "http://www.opengis.net/spec/cql2/1.0/conf/case-insensitive-comparison",
      "http://www.opengis.net/spec/cql2/1.0/conf/accent-insensitive-comparison",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
      "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/oas30",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt");
  private static final String TITLE = "planmap — Chương trình hành động thực hiện Nghị quyết 05-NQ/TU";

  private final AppConfig config;
  private final ObjectMapper mapper;

  public ServiceRoutes(AppConfig config, ObjectMapper mapper) {
    this.config = config;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    Routes.getAndHead(routes, "/", this::landing);
    Routes.getAndHead(routes, "/conformance", this::conformance);
    Routes.getAndHead(routes, "/api", this::api);
    routes.get("/config", this::uiConfig);
  }

  private void landing(Context ctx) throws Exception {
    QueryParams params = new QueryParams(ctx.queryParamMap(), Format.ONLY);
    boolean explicit = params.text("f") != null;
    Format format = Format.of(ctx, params);
    if (format == Format.HTML && !explicit) {
      ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(mapPage());
      return;
    }
    String base = Links.base(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", TITLE);
    body.put("description", "Các địa điểm và nhiệm vụ của Chương trình hành động của UBND tỉnh Thanh Hóa thực hiện"
        + " Nghị quyết 05-NQ/TU về xây dựng và phát triển thành phố Thanh Hóa đến năm 2030, tầm nhìn 2045."
        + " Places and tasks of the Thanh Hóa action programme for Resolution 05-NQ/TU. Geometries are schematic.");
    body.put("links", List.of(
        link(base + "/?f=json", "self", "application/json", "This document"),
        link(base + "/?f=html", "alternate", "text/html", "This document as HTML"),
        link(base + "/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "The API definition"),
        link(base + "/api?f=html", "service-doc", "text/html", "The API documentation"),
        link(base + "/conformance", "conformance", "application/json", "Conformance classes"),
        link(base + "/collections", "data", "application/json", "The layers"),
        link(base + "/tasks", "http://www.opengis.net/def/rel/ogc/1.0/data-meta", "application/json",
            "Programme tasks"),
        link(base + "/", "alternate", "text/html", "The map")));
    if (format == Format.HTML) {
      StringBuilder b = new StringBuilder("<p>").append(escape(body.get("description"))).append("</p><ul>");
      b.append("<li>").append(link("/", "Bản đồ · The map")).append("</li>");
      b.append("<li>").append(link("/collections?f=html", "Các lớp · Layers (OGC API – Features)")).append("</li>");
      b.append("<li>").append(link("/tasks?f=html", "Nhiệm vụ · Programme tasks")).append("</li>");
      b.append("<li>").append(link("/agencies?f=html", "Cơ quan · Agencies")).append("</li>");
      b.append("<li>").append(link("/indicators?f=html", "Chỉ tiêu · Indicators")).append("</li>");
      b.append("<li>").append(link("/conformance?f=html", "Conformance")).append("</li>");
      b.append("<li>").append(link("/api?f=html", "OpenAPI 3.0")).append("</li></ul>");
      b.append("<p>QGIS / ArcGIS Pro: thêm lớp OGC API – Features với địa chỉ · add an OGC API – Features layer with"
          + " the URL <code>").append(escape(base + "/")).append("</code></p>");
      ctx.contentType("text/html; charset=utf-8").result(Html.page(TITLE, "/?f=json", b.toString()));
      return;
    }
    ctx.contentType("application/json").result(mapper.writeValueAsString(body));
  }

  private void conformance(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, Format.ONLY);
    if (read.notModified(CONFORMANCE)) {
      return;
    }
    if (read.format() == Format.HTML) {
      StringBuilder b = new StringBuilder("<ul>");
      CONFORMANCE.forEach(c -> b.append("<li><code>").append(escape(c)).append("</code></li>"));
      ctx.contentType("text/html; charset=utf-8").result(Html.page("Conformance", "/conformance?f=json",
          b.append("</ul>").toString()));
      return;
    }
    ctx.contentType("application/json").result(mapper.writeValueAsString(Map.of("conformsTo", CONFORMANCE)));
  }

  private void api(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, Format.ONLY);
    String doc = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(OpenApiDocument.build(Links.base(ctx)));
    if (read.notModified(doc)) {
      return;
    }
    if (read.format() == Format.HTML) {
      ctx.contentType("text/html; charset=utf-8").result(Html.page("OpenAPI 3.0", "/api?f=json",
          "<pre>" + escape(doc) + "</pre>"));
      return;
    }
    ctx.contentType("application/vnd.oai.openapi+json;version=3.0").result(doc);
  }

  private void uiConfig(Context ctx) {
    new QueryParams(ctx.queryParamMap(), Parameters.NONE);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tileUrl", config.tileUrl());
    body.put("tileAttribution", config.tileAttribution());
    body.putAll(ClientTerms.build());
    ctx.header("Cache-Control", "no-cache").json(body);
  }

  private static String mapPage() throws IOException {
    try (InputStream in = ServiceRoutes.class.getResourceAsStream("/web/index.html")) {
      if (in == null) {
        throw new IllegalStateException("web/index.html is not packaged");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
