package vn.thanhhoa.planmap.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3.0 paths of the scans API ({@link ScanRoutes}), merged into {@code /api}. */
public final class ScanApiDocument {
  private ScanApiDocument() {}

  /** Path → operations, as OpenAPI 3.0 path items. */
  public static Map<String, Object> paths() {
    Map<String, Object> paths = new LinkedHashMap<>();
    Map<String, Object> scanId = Map.of("name", "id", "in", "path", "required", true, "schema",
        Map.of("type", "integer"), "description", "Scan id");
    paths.put("/scans", Map.of(
        "get", op("Live scanned plan sheets, newest first, each with its georeference and the places traced over it",
            ScanRoutes.LIST_PARAMS.openApi(), json(), "200"),
        "post", write("Upload a scanned plan sheet (PNG or JPEG by content, at most " + ScanImage.MAX_BYTES / 1048576
                + " MB, at most " + ScanImage.MAX_SIDE + " pixels a side): the file is the body. Editors; 415 for"
                + " another type, 413 when too large",
            ScanRoutes.UPLOAD_PARAMS.openApi(),
            Map.of("required", true, "content", Map.of("image/png", binary(), "image/jpeg", binary())), "201")));
    paths.put("/scans/{id}", Map.of(
        "get", op("One scan: file, size in pixels, who uploaded it and when, its georeference (control points with"
            + " their residuals in metres, RMS, affine in EPSG:5897, corners in WGS84 and EPSG:5897)", List.of(scanId),
            json(), "200"),
        "delete", write("Delete a scan (its image; the record of who uploaded and deleted it stays). Editors",
            List.of(scanId), null, "204")));
    paths.put("/scans/{id}/image", Map.of("get", op("The scanned image as uploaded", List.of(scanId),
        Map.of("image/png", binary(), "image/jpeg", binary()), "200")));
    paths.put("/scans/{id}/world", Map.of("get", op("The scan's ESRI world file (.pgw/.jgw): the affine in EPSG:5897"
        + " for pixel centres, so that QGIS and GDAL open the image in place (404 until it is georeferenced)",
        List.of(scanId), Map.of("text/plain", Map.of("schema", Map.of("type", "string"))), "200")));
    paths.put("/scans/{id}/georeference", Map.of("put", write("Georeference a scan with at least 3 control points:"
            + " {\"points\": [{\"image\": [px, py], \"world\": {\"crs\": \"EPSG:5897\", \"x\": easting, \"y\": northing}}"
            + " | {\"image\": [px, py], \"lonlat\": [lon, lat]}]} (pixels from the top-left corner, y down; world in"
            + " EPSG:5897 or EPSG:3405). An affine fit by least squares in EPSG:5897. 400 naming the point for fewer"
            + " than 3 points, points on one line, points outside the image or the region. Editors",
        List.of(scanId), Map.of("required", true, "content", json()), "200")));
    paths.put("/scans/{id}/places", Map.of("post", write("Record that a place was traced over this scan:"
            + " {\"feature\": id}; the place's history says so. 201 when new, 200 when already recorded. Editors",
        List.of(scanId), Map.of("required", true, "content", json()), "201")));
    return paths;
  }

  private static Map<String, Object> op(String summary, List<Map<String, Object>> params, Map<String, Object> content,
      String status) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("summary", summary);
    op.put("tags", List.of("scans"));
    op.put("parameters", params);
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put(status, content == null ? Map.of("description", "Done")
        : Map.of("description", "OK", "content", content));
    responses.put("400", Map.of("description", "Bad request: the problem body names the parameter",
        "content", Map.of("application/problem+json", Map.of("schema", Map.of("type", "object")))));
    responses.put("404", Map.of("description", "No such scan"));
    op.put("responses", responses);
    return op;
  }

  private static Map<String, Object> write(String summary, List<Map<String, Object>> params,
      Map<String, Object> body, String status) {
    Map<String, Object> op = op(summary, params, status.equals("204") ? null : json(), status);
    if (body != null) {
      op.put("requestBody", body);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> responses = (Map<String, Object>) op.get("responses");
    responses.put("401", Map.of("description", "Not signed in"));
    responses.put("403", Map.of("description", "Not an editor, or no X-CSRF-Token"));
    return op;
  }

  private static Map<String, Object> json() {
    return Map.of("application/json", Map.of("schema", Map.of("type", "object")));
  }

  private static Map<String, Object> binary() {
    return Map.of("schema", Map.of("type", "string", "format", "binary"));
  }
}
