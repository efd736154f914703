package vn.thanhhoa.planmap.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.annual.AnnualReportRoutes;
import vn.thanhhoa.planmap.audit.HistoryRoutes;
import vn.thanhhoa.planmap.coordinates.CoordinateRoutes;
import vn.thanhhoa.planmap.export.ExportRequest;
import vn.thanhhoa.planmap.http.Format;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.layer.LayerRoutes;
import vn.thanhhoa.planmap.programme.TaskRoutes;
import vn.thanhhoa.planmap.quality.QualityRoutes;
import vn.thanhhoa.planmap.report.ReportRoutes;
import vn.thanhhoa.planmap.scan.ScanApiDocument;
import vn.thanhhoa.planmap.search.SearchRoutes;
import vn.thanhhoa.planmap.tiles.TileRoutes;

/**
 * The OpenAPI 3.0 definition of planmap's HTTP API. The query parameters of each endpoint are its own declarations
 * ({@link Parameters}), the ones {@code QueryParams} holds a request to, so the document lists exactly what each
 * endpoint accepts.
 */
final class OpenApiDocument {
  private static final Map<String, Object> LAYER_ID = path("collectionId", "Layer id (see /collections)", "roads");
  private static final Map<String, Object> AGENCY_ID = path("id", "Agency id (see /agencies)",
      "ubnd-thanh-pho-thanh-hoa");

  private OpenApiDocument() {}

  static Map<String, Object> build(String base) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of(
        "title", "planmap",
        "version", "1.0",
        "description", "OGC API – Features (Part 1: Core, GeoJSON, HTML, OpenAPI 3.0; Part 2: CRS by reference; Part 3: CQL2 filters) over the places and tasks of the Thanh Hóa"
            + " action programme for Resolution 05-NQ/TU. Geometries are schematic (see each feature's accuracy)."));
    doc.put("servers", List.of(Map.of("url", base)));
    Map<String, Object> paths = new LinkedHashMap<>();
    paths.put("/", op("Landing page", "json/html", Format.ONLY));
    paths.put("/conformance", op("Conformance classes", "json/html", Format.ONLY));
    paths.put("/api", op("This document", "json/html", Format.ONLY));
    paths.put("/collections", op("The layers", "json/html", Format.ONLY));
    paths.put("/collections/{collectionId}", op("One layer", "json/html", Format.ONLY, LAYER_ID));
    paths.put("/collections/{collectionId}/items", op("Features of a layer (GeoJSON, paged)", "geojson/html",
        LayerRoutes.ITEMS_PARAMS, LAYER_ID));
    paths.put("/collections/{collectionId}/items/{featureId}", op("One feature", "geojson/html",
        LayerRoutes.ITEM_PARAMS, LAYER_ID, path("featureId", "Feature id", "dai-lo-bac-song-ma")));
    Map<String, Object> matrixSet = path("tileMatrixSetId", "Tile matrix set: WebMercatorQuad", "WebMercatorQuad");
    paths.put("/collections/{collectionId}/tiles", op("Tilesets of a layer (OGC API – Tiles)", "json",
        TileRoutes.TILESETS_PARAMS, LAYER_ID));
    paths.put("/collections/{collectionId}/tiles/{tileMatrixSetId}", op("A tileset's metadata, or TileJSON 3.0.0"
        + " with f=tilejson", "json", TileRoutes.TILESET_PARAMS, LAYER_ID, matrixSet));
    paths.put("/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
        op("A Mapbox Vector Tile of the layer's features (id, name, kind, accuracy_class); 404 outside the tile"
            + " matrix set", "mvt", Parameters.NONE, LAYER_ID, matrixSet, path("tileMatrix", "Zoom level, 0 to 24", "14"),
            path("tileRow", "Row, 0 at the north", "7186"), path("tileCol", "Column, 0 at 180° W", "12993")));
    paths.put("/collections/{collectionId}/queryables", op("Filterable properties (JSON Schema)", "json/html",
        Format.ONLY, LAYER_ID));
    paths.put("/collections/{collectionId}/sortables", op("Properties the items can be sorted by (sortby; JSON"
        + " Schema)", "json/html", Format.ONLY, LAYER_ID));
    paths.put("/collections/{collectionId}/schema", op("Schema of the features' properties", "json/html",
        Format.ONLY, LAYER_ID));
    paths.put("/tasks", op("Programme tasks", "json/html", TaskRoutes.TASK_PARAMS));
    paths.put("/tasks/{code}", op("One task, with its linked features as GeoJSON", "json/html",
        TaskRoutes.ONE_PARAMS, path("code", "Task code, e.g. VI.2", "VI.2")));
    paths.put("/agencies", op("Agencies, with the tasks they lead and partner on", "json/html", Format.ONLY));
    paths.put("/indicators", op("Numeric targets of the programme", "json/html", Format.ONLY));
    paths.put("/search", op("Search features, tasks and agencies (case- and diacritic-insensitive)", "json",
        SearchRoutes.PARAMS));
    paths.put("/export", op("Download layers (a file; 413 over the configured feature limit)", "file",
        ExportRequest.PARAMETERS));
    paths.put("/agencies/{id}", op("One agency: tasks led and partnered, due in 90 days, overdue", "json/html",
        TaskRoutes.ONE_PARAMS, AGENCY_ID));
    paths.put("/tasks/{code}/reports", op("Progress reports of a task, newest first", "json",
        ReportRoutes.TASK_REPORTS_PARAMS, path("code", "Task code", "IV.10")));
    paths.put("/reports", op("Progress reports of every task, pending review first (the editors' queue)", "json",
        ReportRoutes.QUEUE_PARAMS));
    paths.put("/annual-report", op("The annual evaluation report (Word, Vietnamese administrative form)", "file",
        AnnualReportRoutes.PARAMETERS));
    paths.put("/deadlines.ics", op("Every dated task as an all-day iCalendar event (RFC 5545)", "file",
        Parameters.NONE));
    paths.put("/agencies/{id}/deadlines.ics", op("The dated tasks an agency leads or partners on, as iCalendar",
        "file", Parameters.NONE, AGENCY_ID));
    paths.put("/history", op("The audit trail of an entity, newest first", "json", HistoryRoutes.PARAMETERS));
    paths.put("/coordinates", op("One WGS84 position in a planmap CRS (the map's cursor readout; x easting, y"
        + " northing)", "json", CoordinateRoutes.PARAMS));
    paths.putAll(ScanApiDocument.paths());
    paths.put("/quality", op("Data quality: every place with its accuracy class, metres, public sources and last"
        + " change (who, when), the count per class and the count still schematic (schematic or not located)",
        "json/csv/xlsx", QualityRoutes.PARAMETERS));
    paths.put("/health", op("Service and database status (503 while the database is down)", "json",
        Parameters.NONE));
    doc.put("paths", paths);
    return doc;
  }

  /**
   * A GET operation.
   *
   * @param query the endpoint's declared query parameters (what it accepts, exactly)
   * @param path  its path parameters
   */
  @SafeVarargs
  private static Map<String, Object> op(String summary, String formats, Parameters query,
      Map<String, Object>... path) {
    List<Map<String, Object>> params = new ArrayList<>(List.of(path));
    params.addAll(query.openApi());
    Map<String, Object> content = new LinkedHashMap<>();
    if (formats.contains("geojson")) {
      content.put("application/geo+json", Map.of("schema", Map.of("type", "object")));
    }
    if (formats.contains("json/") || formats.equals("json")) {
      content.put("application/json", Map.of("schema", Map.of("type", "object")));
    }
    if (formats.contains("html")) {
      content.put("text/html", Map.of("schema", Map.of("type", "string")));
    }
    if (formats.equals("mvt")) {
      content.put("application/vnd.mapbox-vector-tile", Map.of("schema", Map.of("type", "string", "format",
          "binary")));
    }
    if (formats.equals("file")) {
      content.put("application/octet-stream", Map.of("schema", Map.of("type", "string", "format", "binary")));
    }
    Map<String, Object> problem = Map.of("description", "Bad request: the problem body names the parameter",
        "content", Map.of("application/problem+json", Map.of("schema", Map.of("type", "object"))));
    Map<String, Object> get = new LinkedHashMap<>();
    get.put("summary", summary);
    get.put("parameters", params);
    get.put("responses", Map.of("200", Map.of("description", "OK", "content", content), "400", problem,
        "404", Map.of("description", "Not found"), "503", Map.of("description", "Database unavailable")));
    return Map.of("get", get);
  }

  private static Map<String, Object> path(String name, String description, String example) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("in", "path");
    p.put("description", description);
    p.put("required", true);
    p.put("schema", Map.of("type", "string"));
    p.put("example", example);
    return p;
  }
}
