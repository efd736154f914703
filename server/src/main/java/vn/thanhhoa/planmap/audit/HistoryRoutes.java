package vn.thanhhoa.planmap.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.auth.Access;
import vn.thanhhoa.planmap.auth.Permission;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.history.HistoryEntry;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.text.CellText;
import vn.thanhhoa.planmap.time.AsOf;
import vn.thanhhoa.planmap.time.Today;

/**
 * {@code GET /history?entity=feature|task|report|user|indicator&id=…&as_of=…&limit=…&f=json|csv}: the audit trail of one
 * entity (or of every entity of a kind), newest first; CSV (UTF-8 with BOM) for review meetings. The
 * history of accounts is for admins.
 */
public final class HistoryRoutes implements Routes {
  private static final List<String> ENTITIES = List.of("feature", "task", "report", "user", "indicator");
  private static final List<String> FORMATS = List.of("json", "csv");
  /** The parameters of {@code GET /history}. */
  public static final Parameters PARAMETERS = Parameters.of(
      Parameter.of("entity", String.join(", ", ENTITIES) + " (user: admins)", Parameter.oneOf(ENTITIES, "feature"),
          "task"),
      Parameter.of("id", "The entity's id (all of the kind when absent)", Parameter.text(), "VI.2"),
      Parameter.of("limit", "Most rows", Parameter.integer(1, 10_000, 500L), "50"),
      Parameter.of("f", "json or csv", Parameter.oneOf(FORMATS, "json"), "csv"),
      QueryParams.AS_OF);

  private final History history;
  private final ObjectMapper mapper;
  private final java.time.Clock clock;

  public HistoryRoutes(History history, ObjectMapper mapper, java.time.Clock clock) {
    this.history = history;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/history", this::list);
  }

  private void list(Context ctx) throws Exception {
    QueryParams p = new QueryParams(ctx.queryParamMap(), PARAMETERS);
    String entity = p.choice("entity", ENTITIES, "feature");
    if (entity.equals("user")) {
      Access.require(ctx, Permission.ACCOUNTS);
    }
    String format = p.choice("f", FORMATS, "json");
    java.time.Instant asOf = p.asOf(Today.in(clock)).instant();
    List<HistoryEntry> rows = history.of(entity, p.text("id"), asOf, (int) p.integer("limit", 1, 10_000, 500));
    ctx.header("Cache-Control", "no-cache");
    if (format.equals("csv")) {
      StringBuilder csv = new StringBuilder("\uFEFFid,entity,entity_id,action,username,at,before,after,note\r\n");
      for (HistoryEntry e : rows) {
        csv.append(e.id()).append(',').append(cell(e.entity())).append(',').append(cell(e.entityId())).append(',')
            .append(cell(e.action())).append(',').append(cell(e.username())).append(',').append(e.at()).append(',')
            .append(cell(e.before())).append(',').append(cell(e.after())).append(',').append(cell(e.note()))
            .append("\r\n");
      }
      ctx.header("Content-Disposition", "attachment; filename=\"planmap-history-" + entity + ".csv\"");
      ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
      return;
    }
    ctx.contentType("application/json").result(mapper.writeValueAsString(Map.of("history", rows)));
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    return "\"" + CellText.neutralise(s).replace("\"", "\"\"") + "\"";
  }
}
