package vn.thanhhoa.planmap.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.thanhhoa.planmap.auth.Access;
import vn.thanhhoa.planmap.auth.Permission;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.JsonBody;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.Routes;

/**
 * Scanned plan sheets to trace over: {@code POST /scans?filename=} (the PNG or JPEG as the body, editors),
 * {@code GET /scans[?feature=]}, {@code GET /scans/{id}}, {@code GET /scans/{id}/image},
 * {@code GET /scans/{id}/world} (its world file), {@code PUT /scans/{id}/georeference} (control points,
 * editors), {@code POST /scans/{id}/places}
 * ({@code {"feature": id}}: a place was traced over it, editors) and {@code DELETE /scans/{id}} (editors).
 */
public final class ScanRoutes implements Routes {
  /** The parameters of {@code GET /scans}. */
  static final Parameters LIST_PARAMS = Parameters.of(Parameter.of("feature",
      "Only the scans this place (feature id) was traced over", Parameter.text(), "dai-lo-bac-song-ma"));
  /** The parameters of {@code POST /scans}. */
  static final Parameters UPLOAD_PARAMS = Parameters.of(Parameter.of("filename",
      "The file's name (no folders, at most 200 characters)", Parameter.text(), "to-ban-do-quy-hoach.png"));

  private final ScanStore scans;
  private final ObjectMapper mapper;

  public ScanRoutes(ScanStore scans, ObjectMapper mapper) {
    this.scans = scans;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/scans", this::upload);
    routes.get("/scans", ctx -> {
      String feature = new QueryParams(ctx.queryParamMap(), LIST_PARAMS).text("feature");
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType("application/json").result("{\"scans\":[" + String.join(",", scans.list(feature)) + "]}");
    });
    routes.get("/scans/{id}", ctx -> {
      new QueryParams(ctx.queryParamMap(), Parameters.NONE);
      long id = id(ctx);
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType("application/json").result(scans.get(id).orElseThrow(() -> missing(id)));
    });
    routes.get("/scans/{id}/image", this::image);
    routes.get("/scans/{id}/world", this::worldFile);
    routes.put("/scans/{id}/georeference", ctx -> {
      User editor = Access.require(ctx, Permission.SCANS);
      long id = id(ctx);
      JsonBody body = JsonBody.read(ctx, mapper, Set.of("points"));
      ctx.contentType("application/json").result(scans.georeference(id, body.node("points"), editor));
    });
    routes.post("/scans/{id}/places", ctx -> {
      User editor = Access.require(ctx, Permission.SCANS);
      long id = id(ctx);
      String feature = JsonBody.read(ctx, mapper, Set.of("feature")).requiredText("feature", 200);
      boolean added = scans.link(id, feature, editor);
      ctx.status(added ? 201 : 200).json(Map.of("scan", id, "feature", feature, "added", added));
    });
    routes.delete("/scans/{id}", ctx -> {
      User editor = Access.require(ctx, Permission.SCANS);
      scans.delete(id(ctx), editor);
      ctx.status(204);
    });
  }

  private void upload(Context ctx) {
    User editor = Access.require(ctx, Permission.SCANS);
    String filename = new QueryParams(ctx.queryParamMap(), UPLOAD_PARAMS).text("filename");
    if (filename == null || filename.isEmpty() || filename.length() > 200 || filename.contains("/")
        || filename.contains("\\") || filename.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new BadRequestException("filename", "give the file's name (no folders, no control characters, at most 200"
          + " characters)");
    }
    byte[] data = body(ctx, ScanImage.MAX_BYTES);
    ScanImage image = ScanImage.read(data);
    String scan = scans.add(filename, image, data, editor);
    ctx.status(201).header("Location", "/scans/" + readId(scan)).contentType("application/json").result(scan);
  }

  private void image(Context ctx) {
    new QueryParams(ctx.queryParamMap(), Parameters.NONE);
    long id = id(ctx);
    ScanStore.Image image = scans.image(id).orElseThrow(() -> missing(id));
    String etag = "\"" + image.sha256() + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "private, max-age=3600");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.res().setCharacterEncoding(null); // an image has no charset
    ctx.contentType(image.contentType()).result(image.data());
  }

  /**
   * The ESRI world file of a georeferenced scan ({@code .pgw} beside a PNG, {@code .jgw} beside a JPEG): the
   * affine in EPSG:5897 metres for the centre of the top-left pixel, so that QGIS or GDAL open the image in
   * place (with the CRS set to EPSG:5897).
   */
  private void worldFile(Context ctx) {
    new QueryParams(ctx.queryParamMap(), Parameters.NONE);
    long id = id(ctx);
    JsonNode affine;
    String filename;
    try {
      JsonNode scan = mapper.readTree(scans.get(id).orElseThrow(() -> missing(id)));
      affine = scan.path("georeference").path("affine");
      filename = scan.path("filename").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (!affine.isArray()) {
      throw new NotFoundException("scan " + id + " is not georeferenced yet");
    }
    double[] a = new double[6];
    for (int i = 0; i < 6; i++) {
      a[i] = affine.get(i).asDouble();
    }
    String world = String.format(Locale.ROOT, "%.10f%n%.10f%n%.10f%n%.10f%n%.4f%n%.4f%n", a[1], a[4], a[2], a[5],
        a[0] + (a[1] + a[2]) / 2, a[3] + (a[4] + a[5]) / 2);
    String base = filename.contains(".") ? filename.substring(0, filename.lastIndexOf('.')) : filename;
    String ext = filename.toLowerCase(Locale.ROOT).endsWith(".png") ? ".pgw" : ".jgw";
    ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(base + ext, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("text/plain; charset=utf-8").result(world);
  }

  /**
   * The request body, refused with 413 above {@code limit} bytes. The rest of an oversized body is read and
   * dropped (up to the limit again) so that the client, still sending, receives the answer.
   */
  static byte[] body(Context ctx, int limit) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.bodyInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 && declared <= limit ? (int) declared : 65536);
      byte[] buffer = new byte[65536];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total <= limit) {
          out.write(buffer, 0, n);
        } else if (total > 2L * limit) {
          break;
        }
      }
      if (total > limit) {
        throw ProblemException.tooLarge("a scan may be at most " + limit + " bytes (" + limit / (1024 * 1024)
            + " MB)", Map.of("limit", limit));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new BadRequestException("body", "the upload was cut short: " + e.getMessage());
    }
  }

  private long readId(String scanJson) {
    try {
      return mapper.readTree(scanJson).path("id").asLong();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long id(Context ctx) {
    String s = ctx.pathParam("id");
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no scan '" + s + "'");
    }
  }

  private static NotFoundException missing(long id) {
    return new NotFoundException("no scan " + id);
  }
}
