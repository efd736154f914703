package vn.thanhhoa.planmap.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import vn.thanhhoa.planmap.http.UploadGate;
import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.time.AsOf;
import vn.thanhhoa.planmap.time.Today;

/**
 * Progress reports: {@code GET|POST /tasks/{code}/reports} ({@code as_of} on GET); {@code GET /reports} (the
 * review queue: {@code review=pending,accepted,rejected}, {@code agency=}; pending first); {@code PATCH
 * /reports/{id}} {@code {"review": "accepted"|"rejected", "reason": "…"}} (editors); {@code POST
 * /reports/{id}/attachments?filename=…} (the file as the body, typed PDF/PNG/JPEG; stored under
 * {@link AttachmentName}, within {@link AttachmentQuota}, with at most {@link UploadGate#size()} bodies in memory
 * at once), {@code GET} and {@code DELETE /reports/{id}/attachments/{aid}} (the author removes one; kept for the
 * record).
 */
public final class ReportRoutes implements Routes {
  public static final List<String> STATUSES = Progress.reportable();
  /** The review states of a report. */
  public static final List<String> REVIEWS = List.of("pending", "accepted", "rejected");
  private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  /** The parameters of {@code GET /tasks/{code}/reports}. */
  public static final Parameters TASK_REPORTS_PARAMS = Parameters.of(QueryParams.AS_OF);
  /** The parameters of {@code GET /reports} (the editors' queue). */
  public static final Parameters QUEUE_PARAMS = Parameters.of(
      Parameter.of("review", "Review states, comma-separated: " + String.join(", ", REVIEWS), Parameter.text(),
          "pending"),
      Parameter.of("agency", "Reported for these agency ids, comma-separated", Parameter.text(),
          "ubnd-thanh-pho-thanh-hoa"));
  /** The parameters of {@code POST /reports/{id}/attachments}. */
  static final Parameters ATTACH_PARAMS = Parameters.of(Parameter.of("filename",
      "The file's name, as the reporter's computer calls it", Parameter.text(), "bien-ban.pdf"));

  private final ReportStore reports;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final UploadGate uploads;

  public ReportRoutes(ReportStore reports, ObjectMapper mapper, Clock clock, UploadGate uploads) {
    this.reports = reports;
    this.mapper = mapper;
    this.clock = clock;
    this.uploads = uploads;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/tasks/{code}/reports", ctx -> {
      AsOf asOf = new QueryParams(ctx.queryParamMap(), TASK_REPORTS_PARAMS).asOf(Today.in(clock));
      answer(ctx, reports.list(new ReportStore.Selection(ctx.pathParam("code"), asOf.instant(), List.of(),
          List.of())));
    });
    routes.get("/reports", ctx -> {
      QueryParams params = new QueryParams(ctx.queryParamMap(), QUEUE_PARAMS);
      answer(ctx, reports.list(new ReportStore.Selection(null, null, params.list("review", REVIEWS),
          params.list("agency", ID, "agency ids such as so-xay-dung"))));
    });
    routes.patch("/reports/{id}", this::review);
    routes.post("/tasks/{code}/reports", this::file);
    routes.post("/reports/{id}/attachments", this::attach);
    routes.get("/reports/{id}/attachments/{aid}", this::download);
    routes.delete("/reports/{id}/attachments/{aid}", ctx -> {
      User user = Access.require(ctx, Permission.REPORT);
      reports.removeAttachment(id(ctx.pathParam("id")), id(ctx.pathParam("aid")), user);
      ctx.status(204);
    });
  }

  private static void answer(Context ctx, List<String> list) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("application/json").result("{\"reports\":[" + String.join(",", list) + "]}");
  }

  private void file(Context ctx) {
    User user = Access.require(ctx, Permission.REPORT);
    JsonBody body = JsonBody.read(ctx, mapper, Set.of("agency", "status", "report_date", "text", "document_ref"));
    String agency = body.text("agency", 80);
    if (agency == null) {
      if (user.agencies().size() != 1) {
        throw new BadRequestException("agency", "say which agency reports: one of " + user.agencies(),
            user.agencies());
      }
      agency = user.agencies().get(0);
    }
    String status = body.requiredText("status", 20);
    if (!STATUSES.contains(status)) {
      throw new BadRequestException("status", "'status' must be one of " + STATUSES, STATUSES);
    }
    body.requiredText("report_date", 10);
    LocalDate date = body.date("report_date");
    if (date.isAfter(Today.in(clock)) || date.isBefore(LocalDate.of(2021, 1, 1))) {
      throw new BadRequestException("report_date", "'report_date' must lie between 2021-01-01 and today");
    }
    String report = reports.file(new ReportStore.NewReport(ctx.pathParam("code"), agency, status, date,
        orEmpty(body.text("text", 4000)), body.text("document_ref", 300)), user);
    ctx.status(201).contentType("application/json").result(report);
  }

  /** {@code PATCH /reports/{id}} {"review": "accepted"|"rejected", "reason": "…"}; a rejection needs a reason. */
  private void review(Context ctx) {
    User editor = Access.require(ctx, Permission.REVIEW);
    long id = id(ctx.pathParam("id"));
    JsonBody body = JsonBody.read(ctx, mapper, Set.of("review", "reason"));
    String review = body.requiredText("review", 20);
    if (!review.equals("accepted") && !review.equals("rejected")) {
      throw new BadRequestException("review", "'review' must be accepted or rejected", List.of("accepted",
          "rejected"));
    }
    String reason = body.text("reason", 1000);
    if (review.equals("rejected") && reason == null) {
      throw new BadRequestException("reason", "say why the report is rejected ('reason')");
    }
    ctx.contentType("application/json").result(reports.review(id, review, reason, editor));
  }

  private void attach(Context ctx) {
    User user = Access.require(ctx, Permission.REPORT);
    long id = id(ctx.pathParam("id"));
    String filename = new QueryParams(ctx.queryParamMap(), ATTACH_PARAMS).text("filename");
    if (filename == null || filename.length() > 200 || filename.contains("/") || filename.contains("\\")) {
      throw new BadRequestException("filename", "give the file's name (no folders, at most 200 characters)");
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    ReportStore.Stored stored = uploads.through(() -> {
      // read the whole body (Javalin caps it at maxRequestSize) before answering, so that a refusal never races
      // a client still sending
      byte[] data = ctx.bodyAsBytes();
      if (data.length > AttachmentPolicy.MAX_BYTES) {
        throw ProblemException.tooLarge("attachments may be at most " + AttachmentPolicy.MAX_BYTES + " bytes",
            Map.of("limit", AttachmentPolicy.MAX_BYTES));
      }
      AttachmentPolicy.problem(type, data).ifPresent(p -> {
        throw ProblemException.unsupportedMediaType(p);
      });
      String checkedType = AttachmentPolicy.type(type);
      String name = AttachmentName.of(filename, checkedType);
      return new ReportStore.Stored(reports.attach(id, name, checkedType, data, user), name);
    });
    ctx.status(201).json(Map.of("id", stored.id(), "filename", stored.filename(),
        "href", "/reports/" + id + "/attachments/" + stored.id()));
  }

  private void download(Context ctx) {
    ReportStore.Attachment a = reports.attachment(id(ctx.pathParam("id")), id(ctx.pathParam("aid")))
        .orElseThrow(() -> new NotFoundException("no such attachment"));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
    ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(a.filename(), StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.contentType(a.contentType()).result(a.data());
  }

  private static long id(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no report or attachment '" + s + "'");
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
