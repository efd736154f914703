package vn.thanhhoa.planmap.edit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import vn.thanhhoa.planmap.auth.Access;
import vn.thanhhoa.planmap.auth.Permission;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.http.JsonBody;
import vn.thanhhoa.planmap.http.Routes;

/**
 * Editing for editors: {@code GET /edit/features/{id}} and {@code /edit/tasks/{code}} give the editable
 * state with its ETag; {@code PATCH} the same path with {@code If-Match} changes it (409 when someone
 * saved in between, 428 without If-Match).
 */
public final class EditRoutes implements Routes {
  private final FeatureEditor features;
  private final TaskEditor tasks;
  private final ObjectMapper mapper;

  public EditRoutes(FeatureEditor features, TaskEditor tasks, ObjectMapper mapper) {
    this.features = features;
    this.tasks = tasks;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/edit/features/{id}", ctx -> send(ctx, features.state(ctx.pathParam("id"))));
    routes.patch("/edit/features/{id}", ctx -> {
      User editor = Access.require(ctx, Permission.EDIT);
      int base = IfMatch.version(ctx);
      send(ctx, features.edit(ctx.pathParam("id"), base, JsonBody.read(ctx, mapper, FeatureEditor.FIELDS), editor));
    });
    routes.get("/edit/tasks/{code}", ctx -> send(ctx, tasks.state(ctx.pathParam("code"))));
    routes.patch("/edit/tasks/{code}", ctx -> {
      User editor = Access.require(ctx, Permission.EDIT);
      int base = IfMatch.version(ctx);
      send(ctx, tasks.edit(ctx.pathParam("code"), base, JsonBody.read(ctx, mapper, TaskEditor.FIELDS), editor));
    });
  }

  private void send(Context ctx, ObjectNode state) throws Exception {
    ctx.header("ETag", IfMatch.etag(state.path("version").asInt()));
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json").result(mapper.writeValueAsString(state));
  }
}
