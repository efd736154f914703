package vn.thanhhoa.planmap.programme;

import static vn.thanhhoa.planmap.http.Links.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.thanhhoa.planmap.http.Format;
import vn.thanhhoa.planmap.http.Links;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.ReadRequest;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.layer.FeatureQuery;
import vn.thanhhoa.planmap.layer.GeoJsonFeatureWriter;
import vn.thanhhoa.planmap.layer.LayerCatalog;
import vn.thanhhoa.planmap.layer.LayerInfo;
import vn.thanhhoa.planmap.progress.Timeliness;
import vn.thanhhoa.planmap.text.SearchText;
import vn.thanhhoa.planmap.time.AsOf;

/**
 * The programme over HTTP: {@code /tasks} (filter by section, lead, due_before, due_after, overdue,
 * timeliness, ongoing, q), {@code /tasks/{code}} with its linked features as GeoJSON, {@code /agencies},
 * {@code /indicators}.
 */
public final class TaskRoutes implements Routes {
  /** The parameters of {@code /tasks}. */
  public static final Parameters TASK_PARAMS = Parameters.of(Format.PARAMETER,
      Parameter.of("section", "Section codes, comma-separated (I … XI)", Parameter.text(), "IV,VI"),
      Parameter.of("lead", "Lead agency ids, comma-separated (see /agencies)", Parameter.text(),
          "ubnd-thanh-pho-thanh-hoa"),
      Parameter.of("due_before", "Due on or before (ISO date)", Parameter.date(), "2030-12-31"),
      Parameter.of("due_after", "Due on or after (ISO date)", Parameter.date(), "2021-01-01"),
      Parameter.of("overdue", "Timeliness is overdue: past due, not submitted or done (true), or not (false)",
          Parameter.bool(), "true"),
      Parameter.of("timeliness", "Timeliness is one of these, comma-separated: " + String.join(", ", Timeliness.ids()),
          Parameter.text(), "overdue"),
      Parameter.of("ongoing", "Without a date (run for the life of the resolution)", Parameter.bool(), "false"),
      Parameter.of("q", "Words in the task's text, with or without diacritics", Parameter.text(), "do thi"),
      QueryParams.AS_OF);
  /** The parameters of one task and of one agency. */
  public static final Parameters ONE_PARAMS = Parameters.of(Format.PARAMETER, QueryParams.AS_OF);
  private static final Pattern SECTION = Pattern.compile("^[IVX]{1,4}$");
  private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  private final TaskCatalog tasks;
  private final LayerCatalog layers;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final TaskPages pages = new TaskPages();

  public TaskRoutes(TaskCatalog tasks, LayerCatalog layers, ObjectMapper mapper, Clock clock) {
    this.tasks = tasks;
    this.layers = layers;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/tasks", this::list);
    routes.get("/tasks/{code}", this::one);
    routes.get("/agencies", ctx -> simpleList(ctx, "agencies", tasks::agencies));
    routes.get("/agencies/{id}", this::agency);
    routes.get("/indicators", ctx -> simpleList(ctx, "indicators", tasks::indicators));
  }

  private void list(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, TASK_PARAMS, clock);
    QueryParams params = read.params();
    AsOf asOf = read.asOf();
    TaskFilter filter = new TaskFilter(null, params.list("section", SECTION, "section codes such as VI"),
        params.list("lead", ID, "agency ids such as so-xay-dung (see /agencies)"), params.date("due_before"),
        params.date("due_after"), Timeliness.narrowed(params.list("timeliness", Timeliness.ids()), params.bool("overdue")),
        params.bool("ongoing"), words(params.text("q")), asOf);
    if (read.notModified(layers.dataVersion(), read.today())) {
      return;
    }
    ArrayNode list = array(tasks.tasks(filter));
    ArrayNode sections = array(tasks.sections());
    if (read.format() == Format.HTML) {
      html(ctx, pages.list(list, sections));
      return;
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("numberMatched", list.size());
    body.put("today", asOf.day().toString());
    if (asOf.instant() != null) {
      body.put("as_of", asOf.day().toString());
    }
    body.set("sections", sections);
    body.set("tasks", list);
    String base = Links.base(ctx);
    body.set("links", mapper.valueToTree(List.of(
        link(base + "/tasks?f=json", "self", "application/json", "Tasks"),
        link(base + "/tasks?f=html", "alternate", "text/html", "Tasks as HTML"))));
    ctx.contentType("application/json").result(mapper.writeValueAsString(body));
  }

  private void one(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, ONE_PARAMS, clock);
    AsOf asOf = read.asOf();
    String code = ctx.pathParam("code");
    if (read.notModified(layers.dataVersion(), read.today())) {
      return;
    }
    List<String> found = tasks.tasks(TaskFilter.one(code, asOf));
    if (found.isEmpty()) {
      throw new NotFoundException("no task '" + code + "'; see /tasks");
    }
    ObjectNode task = (ObjectNode) mapper.readTree(found.get(0));
    task.set("features", linkedFeatures(code, asOf));
    String base = Links.base(ctx);
    task.set("links", mapper.valueToTree(List.of(
        link(base + "/tasks/" + code + "?f=json", "self", "application/json", "This task"),
        link(base + "/tasks/" + code + "?f=html", "alternate", "text/html", "This task as HTML"))));
    if (read.format() == Format.HTML) {
      html(ctx, pages.one(task));
      return;
    }
    ctx.contentType("application/json").result(mapper.writeValueAsString(task));
  }

  /**
   * One agency's view: the tasks it leads and partners on, what falls due in the next 90 days, what is
   * overdue; as HTML, a printable summary.
   */
  private void agency(Context ctx) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, ONE_PARAMS, clock);
    Format format = read.format();
    AsOf asOf = read.asOf();
    String id = ctx.pathParam("id");
    JsonNode agency = null;
    for (JsonNode a : array(tasks.agencies())) {
      if (a.path("id").asText().equals(id)) {
        agency = a;
      }
    }
    if (agency == null) {
      throw new NotFoundException("no agency '" + id + "'; see /agencies");
    }
    ArrayNode lead = mapper.createArrayNode();
    ArrayNode partner = mapper.createArrayNode();
    ArrayNode dueSoon = mapper.createArrayNode();
    ArrayNode overdue = mapper.createArrayNode();
    LocalDate horizon = asOf.day().plusDays(90);
    for (JsonNode t : array(tasks.tasks(TaskFilter.all(asOf)))) {
      boolean leads = hasAgency(t.path("lead"), id);
      boolean partners = hasAgency(t.path("partners"), id);
      if (!leads && !partners) {
        continue;
      }
      (leads ? lead : partner).add(t);
      if (Timeliness.OVERDUE.id().equals(t.path("timeliness").asText())) {
        overdue.add(t);
      } else if (!t.path("due_date").isNull() && !LocalDate.parse(t.path("due_date").asText()).isBefore(asOf.day())
          && !LocalDate.parse(t.path("due_date").asText()).isAfter(horizon)) {
        dueSoon.add(t);
      }
    }
    ObjectNode body = mapper.createObjectNode();
    body.set("agency", agency);
    body.put("today", asOf.day().toString());
    body.set("lead_tasks", lead);
    body.set("partner_tasks", partner);
    body.set("due_next_90_days", dueSoon);
    body.set("overdue", overdue);
    if (format == Format.HTML) {
      html(ctx, pages.agency(body));
      return;
    }
    ctx.contentType("application/json").result(mapper.writeValueAsString(body));
  }

  private static boolean hasAgency(JsonNode agencies, String id) {
    for (JsonNode a : agencies) {
      if (a.path("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode linkedFeatures(String code, AsOf asOf) throws Exception {
    List<String> all = layers.layers().stream().map(LayerInfo::id).toList();
    FeatureQuery q = FeatureQuery.ofTask(all, code, asOf.day(), asOf.instant());
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GeoJsonFeatureWriter out = new GeoJsonFeatureWriter(buf, mapper, null)) {
      out.startCollection();
      layers.forEachFeature(q, out::feature);
      out.endCollection(java.util.Map.of());
    }
    return mapper.readTree(buf.toByteArray());
  }

  private void simpleList(Context ctx, String name, java.util.function.Supplier<List<String>> rows) throws Exception {
    ReadRequest read = ReadRequest.of(ctx, Format.ONLY, clock);
    if (read.notModified(layers.dataVersion())) {
      return;
    }
    ArrayNode list = array(rows.get());
    if (read.format() == Format.HTML) {
      html(ctx, pages.table(name, list));
      return;
    }
    ObjectNode body = mapper.createObjectNode();
    body.set(name, list);
    ctx.contentType("application/json").result(mapper.writeValueAsString(body));
  }

  private ArrayNode array(List<String> jsonObjects) throws Exception {
    return (ArrayNode) mapper.readTree("[" + String.join(",", jsonObjects) + "]");
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }


  /** The folded words of a text query (empty for none). */
  public static List<String> words(String q) {
    String folded = SearchText.fold(q);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }
}
