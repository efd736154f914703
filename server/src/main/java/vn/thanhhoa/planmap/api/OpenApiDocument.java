package vn.thanhhoa.planmap.api;

import vn.thanhhoa.planmap.progress.Timeliness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.layer.FeatureQueryParser;
import vn.thanhhoa.planmap.layer.FilterParams;

/** The OpenAPI 3.0 definition of planmap's HTTP API, with the parameters each endpoint really takes. */
final class OpenApiDocument {
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
    paths.put("/", op("Landing page", "json/html", List.of(f())));
    paths.put("/conformance", op("Conformance classes", "json/html", List.of(f())));
    paths.put("/api", op("This document", "json/html", List.of(f())));
    paths.put("/collections", op("The layers", "json/html", List.of(f())));
    paths.put("/collections/{collectionId}", op("One layer", "json/html", List.of(layerId(), f())));
    List<Map<String, Object>> items = new ArrayList<>(List.of(layerId(), f(),
        param("bbox", "query", "minLon,minLat,maxLon,maxLat (CRS84, or the CRS of bbox-crs); features intersecting"
            + " it. Six numbers carry heights, which are ignored. West > east crosses the antimeridian.",
            array("number", 4, 6)),
        param("bbox-crs", "query", "CRS of bbox: an OGC URI or EPSG:n (default CRS84)", crsSchema()),
        param("crs", "query", "CRS of the returned geometries: an OGC URI or EPSG:n (default CRS84; EPSG:4326 is"
            + " latitude first). The Content-Crs header names it.", crsSchema()),
        param("datetime", "query", "RFC 3339 instant or interval; planmap's features carry no time, so any valid"
            + " value matches all", str()),
        param("limit", "query", "Features per page; a larger value is capped at the maximum", Map.of("type",
            "integer", "minimum", 1,
            "maximum", FeatureQueryParser.MAX_LIMIT, "default", FeatureQueryParser.DEFAULT_LIMIT)),
        param("offset", "query", "Features to skip (each skipped feature is read: for deep pages, follow the"
            + " 'next' links)", Map.of("type", "integer", "minimum", 0, "default", 0)),
        param("cursor", "query", "Where the page starts, as copied from a 'next' link (a keyset: the same cost at"
            + " any depth; not with offset)", str())));
    items.addAll(filters());
    items.addAll(cql2());
    items.add(asOf());
    paths.put("/collections/{collectionId}/items", op("Features of a layer (GeoJSON, paged)", "geojson/html", items));
    paths.put("/collections/{collectionId}/items/{featureId}", op("One feature", "geojson/html", List.of(layerId(),
        param("featureId", "path", "Feature id", str()), f(),
        param("properties", "query", "Properties to return, comma-separated", str()),
        param("crs", "query", "CRS of the returned geometry (default CRS84)", crsSchema()))));
    Map<String, Object> matrixSet = param("tileMatrixSetId", "path", "Tile matrix set: WebMercatorQuad",
        Map.of("type", "string", "enum", List.of("WebMercatorQuad")));
    paths.put("/collections/{collectionId}/tiles", op("Tilesets of a layer (OGC API – Tiles)", "json",
        List.of(layerId(), param("f", "query", "json", Map.of("type", "string", "enum", List.of("json"))))));
    paths.put("/collections/{collectionId}/tiles/{tileMatrixSetId}", op("A tileset's metadata, or TileJSON 3.0.0"
        + " with f=tilejson", "json", List.of(layerId(), matrixSet, param("f", "query", "json or tilejson",
            Map.of("type", "string", "enum", List.of("json", "tilejson"))))));
    paths.put("/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
        op("A Mapbox Vector Tile of the layer's features (id, name, kind, accuracy_class); 404 outside the tile"
            + " matrix set", "mvt", List.of(layerId(), matrixSet,
            param("tileMatrix", "path", "Zoom level, 0 to 24", Map.of("type", "integer", "minimum", 0, "maximum", 24)),
            param("tileRow", "path", "Row, 0 at the north", Map.of("type", "integer", "minimum", 0)),
            param("tileCol", "path", "Column, 0 at 180° W", Map.of("type", "integer", "minimum", 0)))));
    paths.put("/collections/{collectionId}/queryables", op("Filterable properties (JSON Schema)", "json/html",
        List.of(layerId(), f())));
    paths.put("/collections/{collectionId}/schema", op("Schema of the features' properties", "json/html",
        List.of(layerId(), f())));
    paths.put("/tasks", op("Programme tasks", "json/html", List.of(f(),
        param("section", "query", "Section codes, comma-separated (I … XI)", str()),
        param("lead", "query", "Lead agency ids, comma-separated (see /agencies)", str()),
        param("due_before", "query", "Due on or before (ISO date)", date()),
        param("due_after", "query", "Due on or after (ISO date)", date()),
        param("overdue", "query", "Timeliness is overdue: past due, not submitted or done (true), or not (false)",
            bool()),
        timeliness("Timeliness is one of these, comma-separated"),
        param("ongoing", "query", "Without a date (run for the life of the resolution)", bool()),
        param("q", "query", "Words in the task's text, with or without diacritics", str()))));
    paths.put("/tasks/{code}", op("One task, with its linked features as GeoJSON", "json/html",
        List.of(param("code", "path", "Task code, e.g. VI.2", str()), f())));
    paths.put("/agencies", op("Agencies, with the tasks they lead and partner on", "json/html", List.of(f())));
    paths.put("/indicators", op("Numeric targets of the programme", "json/html", List.of(f())));
    paths.put("/search", op("Search features, tasks and agencies (case- and diacritic-insensitive)", "json",
        List.of(param("q", "query", "Search text", str()), param("limit", "query", "Most results",
            Map.of("type", "integer", "minimum", 1, "maximum", 100, "default", 10)))));
    List<Map<String, Object>> export = new ArrayList<>(List.of(
        param("layers", "query", "Layer ids, comma-separated (default: all)", str()),
        param("format", "query", "gpkg, shp, kml, geojson, csv, xlsx or pack", Map.of("type", "string", "enum",
            List.of("gpkg", "shp", "kml", "geojson", "csv", "xlsx", "pack"))),
        param("crs", "query", "wgs84 (EPSG:4326), vn2000-utm48 (EPSG:3405) or vn2000-thanhhoa (EPSG:5897); also"
            + " as EPSG:n or an OGC URI", Map.of("type", "string", "default", "wgs84")),
        param("bbox", "query", "minLon,minLat,maxLon,maxLat (CRS84, or the CRS of bbox-crs)", array("number", 4, 6)),
        param("bbox-crs", "query", "CRS of bbox: an OGC URI or EPSG:n (default CRS84)", crsSchema())));
    export.addAll(filters().subList(0, 8));
    export.addAll(cql2());
    export.add(asOf());
    paths.put("/export", op("Download layers (a file; 413 over the configured feature limit)", "file", export));
    paths.put("/agencies/{id}", op("One agency: tasks led and partnered, due in 90 days, overdue", "json/html",
        List.of(param("id", "path", "Agency id", str()), f(), asOf())));
    paths.put("/tasks/{code}/reports", op("Progress reports of a task, newest first", "json",
        List.of(param("code", "path", "Task code", str()), asOf())));
    paths.put("/reports", op("Progress reports of every task, pending review first (the editors' queue)", "json",
        List.of(param("review", "query", "Review states, comma-separated: pending, accepted, rejected", str()),
            param("agency", "query", "Reported for these agency ids, comma-separated", str()))));
    paths.put("/annual-report", op("The annual evaluation report (Word, Vietnamese administrative form)", "file",
        List.of(param("year", "query", "The year evaluated (2021 to this year; required)", Map.of("type", "integer")),
            param("format", "query", "docx", Map.of("type", "string", "enum", List.of("docx"))),
            param("lang", "query", "vi (default) or en", Map.of("type", "string", "enum", List.of("vi", "en"))),
            param("as_of", "query", "Judged on this day of the year (default: its last day, or today)", date()))));
    paths.put("/deadlines.ics", op("Every dated task as an all-day iCalendar event (RFC 5545)", "file", List.of()));
    paths.put("/agencies/{id}/deadlines.ics", op("The dated tasks an agency leads or partners on, as iCalendar",
        "file", List.of(param("id", "path", "Agency id", str()))));
    paths.put("/history", op("The audit trail of an entity, newest first", "json", List.of(
        param("entity", "query", "feature, task, report or user (user: admins)", Map.of("type", "string", "enum",
            List.of("feature", "task", "report", "user"))),
        param("id", "query", "The entity's id (all of the kind when absent)", str()),
        param("limit", "query", "Most rows", Map.of("type", "integer", "minimum", 1, "maximum", 10_000, "default", 500)),
        param("f", "query", "json or csv", Map.of("type", "string", "enum", List.of("json", "csv"))), asOf())));
    paths.put("/coordinates", op("One WGS84 position in a planmap CRS (the map's cursor readout; x easting, y northing)",
        "json", List.of(param("lon", "query", "Longitude, degrees (102..110)", Map.of("type", "number")),
            param("lat", "query", "Latitude, degrees (8..24)", Map.of("type", "number")),
            param("crs", "query", "wgs84, vn2000-utm48 or vn2000-thanhhoa (EPSG:5897)", Map.of("type", "string", "enum",
                List.of("wgs84", "vn2000-utm48", "vn2000-thanhhoa"), "default", "vn2000-thanhhoa")))));
    paths.putAll(vn.thanhhoa.planmap.scan.ScanApiDocument.paths());
    paths.put("/quality", op("Data quality: every place with its accuracy class, metres, public sources and last"
        + " change (who, when), the count per class and the count still schematic (schematic or not located)",
        "json/csv/xlsx", List.of(param("f", "query", "json, csv or xlsx",
            Map.of("type", "string", "enum", List.of("json", "csv", "xlsx"))))));
    paths.put("/health", op("Service and database status (503 while the database is down)", "json", List.of()));
    doc.put("paths", paths);
    return doc;
  }

  /** The timeliness filter: on_time, late, overdue, due_soon, open, ongoing (see Timeliness). */
  private static Map<String, Object> timeliness(String what) {
    return param("timeliness", "query", what + ": " + String.join(", ", Timeliness.ids()), str());
  }

  private static List<Map<String, Object>> filters() {
    return List.of(
        param("task", "query", "Linked to any of these task codes, comma-separated (e.g. VI.2)", str()),
        param("lead", "query", "A linked task is led by any of these agency ids", str()),
        param("kind", "query", "Of any of these kinds (see the collection's kinds)", str()),
        param("accuracy_class", "query", "Of any of these accuracy classes, comma-separated: surveyed, from_plan,"
            + " inferred, schematic, not_located", str()),
        param("due_before", "query", "A linked task is due on or before (ISO date)", date()),
        param("due_after", "query", "A linked task is due on or after (ISO date)", date()),
        param("overdue", "query", "A linked task is overdue (true), or none is (false)", bool()),
        timeliness("A linked task's timeliness is one of these, comma-separated"),
        param("q", "query", "Words in the name, with or without diacritics", str()),
        param("properties", "query", "Properties to return, comma-separated", str()));
  }

  /** OGC API – Features Part 3: a CQL2 filter over the queryables. */
  private static List<Map<String, Object>> cql2() {
    return List.of(
        param("filter", "query", "CQL2 filter over the collection's queryables (see /queryables), e.g."
            + " task_codes LIKE '%VI.2%' AND S_INTERSECTS(geometry, BBOX(105.77,19.80,105.85,19.86))", str()),
        param("filter-lang", "query", "cql2-text (default) or cql2-json", Map.of("type", "string", "enum",
            FilterParams.LANGUAGES, "default", "cql2-text")),
        param("filter-crs", "query", "CRS of the filter's geometries: an OGC URI or EPSG:n (default CRS84)",
            crsSchema()));
  }

  private static Map<String, Object> op(String summary, String formats, List<Map<String, Object>> params) {
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

  private static Map<String, Object> param(String name, String in, String description, Map<String, Object> schema) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("in", in);
    p.put("description", description);
    p.put("required", in.equals("path"));
    p.put("schema", schema);
    if (in.equals("query")) {
      p.put("style", "form");
      p.put("explode", false);
    }
    return p;
  }

  private static Map<String, Object> asOf() {
    return param("as_of", "query", "Show statuses, reports and geometries as they were at the end of this day", date());
  }

  private static Map<String, Object> layerId() {
    return param("collectionId", "path", "Layer id (see /collections)", str());
  }

  private static Map<String, Object> f() {
    return param("f", "query", "Format: json or html (default: by the Accept header)",
        Map.of("type", "string", "enum", List.of("json", "html")));
  }

  private static Map<String, Object> str() {
    return Map.of("type", "string");
  }

  private static Map<String, Object> date() {
    return Map.of("type", "string", "format", "date");
  }

  private static Map<String, Object> bool() {
    return Map.of("type", "boolean");
  }

  private static Map<String, Object> array(String type, int min, int max) {
    return Map.of("type", "array", "minItems", min, "maxItems", max, "items", Map.of("type", type));
  }

  private static Map<String, Object> crsSchema() {
    return Map.of("type", "string", "format", "uri", "enum", CrsReference.URIS, "default", CrsReference.CRS84.uri());
  }
}
