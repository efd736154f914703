package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.thanhhoa.planmap.auth.Access;
import vn.thanhhoa.planmap.auth.Permission;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.JsonBody;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.Routes;

/**
 * Imports for editors (session and CSRF token): {@code POST /imports?filename=…[&crs=EPSG:5897]} with the
 * file as the body (at most 50 MB) → 201 and the import's document; {@code GET /imports/{id}} → the same;
 * {@code POST /imports/{id}/apply} {@code {"assign": [...], "accuracy": {...}}} → 200 with the places
 * changed. Two files are read at a time; others wait up to a minute, then get 503.
 */
public final class ImportRoutes implements Routes {
  /** The parameters of {@code POST /imports}. */
  static final Parameters PARAMETERS = Parameters.of(
      Parameter.of("filename", "The file's name, with its extension (no folders, at most 200 characters)",
          Parameter.text(), "khu-do-thi.zip").asRequired(),
      Parameter.of("crs", "The CRS of the file's coordinates when it does not say (or says wrongly): "
          + String.join(", ", ImportReader.CHOOSABLE) + " or their OGC URIs", Parameter.text(), "EPSG:5897"));

  private final Imports imports;
  private final ImportApplier applier;
  private final ObjectMapper mapper;
  private final Semaphore readers = new Semaphore(2, true);

  public ImportRoutes(Imports imports, ImportApplier applier, ObjectMapper mapper) {
    this.imports = imports;
    this.applier = applier;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/imports", this::create);
    routes.get("/imports/{id}", ctx -> {
      Access.require(ctx, Permission.IMPORT);
      send(ctx, 200, imports.get(ctx.pathParam("id")));
    });
    routes.post("/imports/{id}/apply", ctx -> {
      User user = Access.require(ctx, Permission.IMPORT);
      send(ctx, 200, applier.apply(ctx.pathParam("id"), JsonBody.read(ctx, mapper, Set.of("assign", "accuracy")), user));
    });
  }

  private void create(Context ctx) throws Exception {
    User user = Access.require(ctx, Permission.IMPORT);
    QueryParams p = new QueryParams(ctx.queryParamMap(), PARAMETERS);
    String filename = p.text("filename");
    if (filename == null || filename.length() > 200 || filename.contains("/") || filename.contains("\\")) {
      throw new BadRequestException("filename", "give the file's name, with its extension (no folders, at most 200"
          + " characters), e.g. filename=khu-do-thi.zip");
    }
    String crsParam = p.text("crs");
    Crs chosen = CrsReference.parse(crsParam).map(CrsReference::crs).orElse(null);
    if (crsParam != null && chosen == null) {
      throw new BadRequestException("crs", "'crs' must be one of " + ImportReader.CHOOSABLE
          + " (or their OGC URIs), was: " + crsParam, ImportReader.CHOOSABLE);
    }
    if (!readers.tryAcquire(60, TimeUnit.SECONDS)) {
      ctx.header("Retry-After", "30");
      throw new ProblemException(503, "Service unavailable", "other files are being read; try again shortly", null);
    }
    InputStream body = ctx.req().getInputStream();
    try {
      send(ctx, 201, imports.create(filename, body, chosen, user));
    } catch (ImportException e) {
      if (e.status() == 413) {
        drain(body);
      }
      throw e;
    } finally {
      readers.release();
    }
  }

  /** Reads what the client still sends (up to the size of an upload), so that the refusal reaches it. */
  private static void drain(InputStream body) {
    try {
      byte[] buffer = new byte[64 * 1024];
      long left = ImportReader.MAX_BYTES;
      for (int n = body.read(buffer); n > 0 && left > 0; n = body.read(buffer)) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing to tell it
    }
  }

  private void send(Context ctx, int status, ObjectNode doc) throws Exception {
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).contentType("application/json").result(mapper.writeValueAsString(doc));
  }
}
