package vn.thanhhoa.planmap.calendar;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.http.Links;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.ReadRequest;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.progress.TaskWords;

/**
 * The deadlines as iCalendar feeds ({@code text/calendar; charset=utf-8}) that office calendars subscribe to:
 * {@code /deadlines.ics} (every dated task) and {@code /agencies/{id}/deadlines.ics} (the dated tasks that agency
 * leads or partners on; 404 for an unknown agency). Tasks "in the course of the resolution" have no date and no
 * event.
 */
public final class CalendarRoutes implements Routes {
  private static final String TYPE = "text/calendar; charset=utf-8";

  private final Jdbc jdbc;
  private final LongSupplier dataVersion;
  private final Clock clock;

  public CalendarRoutes(Jdbc jdbc, LongSupplier dataVersion, Clock clock) {
    this.jdbc = jdbc;
    this.dataVersion = dataVersion;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/deadlines.ics", ctx -> feed(ctx, null,
        "Hạn báo cáo – Chương trình hành động thực hiện Nghị quyết 05-NQ/TU"));
    routes.get("/agencies/{id}/deadlines.ics", ctx -> {
      String id = ctx.pathParam("id");
      String name = jdbc.one("reading an agency", "calendar/select_agency_name", rs -> rs.getString(1), id)
          .orElseThrow(() -> new NotFoundException("no agency '" + id + "'; see /agencies"));
      feed(ctx, id, "Hạn báo cáo – " + name);
    });
  }

  private void feed(Context ctx, String agency, String name) {
    ReadRequest read = ReadRequest.of(ctx, Parameters.NONE, clock); // the feeds take no parameter
    LocalDate today = read.today();
    if (read.notModified(dataVersion.getAsLong(), today)) {
      return;
    }
    List<DeadlineEvent> events = jdbc.list("reading the deadlines", "calendar/select_deadlines", rs -> {
      Timestamp revised = rs.getTimestamp("revised_at");
      Integer late = (Integer) rs.getObject("days_late");
      Integer overdue = (Integer) rs.getObject("days_overdue");
      return new DeadlineEvent(rs.getString("code"), rs.getString("content"), rs.getString("lead_text"),
          rs.getString("product"), rs.getString("deadline_text"), rs.getDate("due_date").toLocalDate(),
          TaskWords.state(rs.getString("progress"), rs.getString("timeliness"), late, overdue, "vi"),
          rs.getInt("revisions"), revised == null ? null : revised.toInstant());
    }, today, agency);
    String file = agency == null ? "planmap-deadlines.ics" : "planmap-deadlines-" + agency + ".ics";
    ctx.header("Content-Disposition", "inline; filename=\"" + file + "\"");
    ctx.contentType(TYPE).result(ICalendarWriter.write(name, Links.base(ctx), events));
  }
}
