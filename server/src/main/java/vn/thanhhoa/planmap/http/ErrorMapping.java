package vn.thanhhoa.planmap.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.planmap.db.ConstraintFields;
import vn.thanhhoa.planmap.db.ConstraintViolationException;
import vn.thanhhoa.planmap.db.DatabaseUnavailableException;

/**
 * The one place where exceptions become HTTP responses: 4xx with a problem body naming the parameter
 * (a write the schema refuses is said through {@link ConstraintFields}, never in the database's words;
 * a wrong method is 405 with {@code Allow} from the route table, see {@link AllowedMethods}), 503 while the database is unreachable, 500 logged with its cause and answered with a generic body
 * (never a stack trace).
 */
public final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private final ObjectMapper mapper;

  public ErrorMapping(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public void register(JavalinConfig config) {
    config.routes.exception(BadRequestException.class, (e, ctx) ->
        write(ctx, new Problem("about:blank", "Bad request", 400, e.getMessage(), e.parameter(), e.allowed())));
    config.routes.exception(NotFoundException.class, (e, ctx) ->
        write(ctx, new Problem("about:blank", "Not found", 404, e.getMessage(), null, null)));
    config.routes.exception(ProblemException.class, (e, ctx) -> {
      if (e.extra().get("retry_after") instanceof Integer seconds) {
        ctx.header("Retry-After", String.valueOf(seconds));
      }
      write(ctx, new Problem("about:blank", e.title(), e.status(), e.getMessage(), null, null), e.extra());
    });
    config.routes.exception(DatabaseUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
    config.routes.exception(ConstraintViolationException.class, (e, ctx) -> {
      LOG.info("{} {}: refused by constraint {}", ctx.method(), ctx.path(), e.constraint());
      ConstraintFields.Said said = ConstraintFields.of(e);
      write(ctx, new Problem("about:blank", e.duplicate() ? "Conflict" : "Bad request", e.duplicate() ? 409 : 400,
          "'" + said.field() + "': " + said.with(e.value()), said.field(), null));
    });
    config.routes.exception(HttpResponseException.class, (e, ctx) ->
        write(ctx, new Problem("about:blank", e.getMessage(), e.getStatus(), e.getMessage(), null, null)));
    config.routes.exception(Exception.class, (e, ctx) -> {
      if (DatabaseUnavailableException.isConnectionFailure(e)) {
        unavailable(ctx, e);
        return;
      }
      if (causedByClientLeaving(e)) {
        LOG.info("{} {}: the client went away before the response was complete", ctx.method(), ctx.path());
        return;
      }
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      write(ctx, new Problem("about:blank", "Internal server error", 500,
          "planmap could not answer this request; the error is logged on the server.", null, null));
    });
    config.routes.error(404, ctx -> {
      if (ctx.result() == null) {
        write(ctx, new Problem("about:blank", "Not found", 404, "no resource at " + ctx.path(), null, null));
      }
    });
  }

  private void unavailable(Context ctx, Exception e) {
    LOG.warn("{} {}: database unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
    ctx.header("Retry-After", "5");
    write(ctx, new Problem("about:blank", "Service unavailable", 503,
        "the database is unreachable; try again shortly", null, null));
  }


  /** True when writing the response failed because the client closed the connection (a download cut short). */
  private static boolean causedByClientLeaving(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.io.EofException || t instanceof java.nio.channels.ClosedChannelException) {
        return true;
      }
      String m = t.getMessage();
      if (t instanceof java.io.IOException && m != null
          && (m.contains("Broken pipe") || m.contains("Connection reset") || m.equals("Closed"))) {
        return true;
      }
    }
    return false;
  }

  /** Writes a problem response. */
  public void write(Context ctx, Problem problem) {
    write(ctx, problem, java.util.Map.of());
  }

  private void write(Context ctx, Problem problem, java.util.Map<String, Object> extra) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode body = mapper.valueToTree(problem);
      extra.forEach((k, v) -> body.set(k, mapper.valueToTree(v)));
      ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(mapper.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.status(500).result("internal error");
    }
  }
}
