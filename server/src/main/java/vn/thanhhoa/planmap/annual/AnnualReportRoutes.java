package vn.thanhhoa.planmap.annual;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.time.Today;

/**
 * {@code GET /annual-report?year=YYYY&format=docx&lang=vi|en&as_of=YYYY-MM-DD}: the annual evaluation report as a
 * Word document ({@code application/vnd.openxmlformats-officedocument.wordprocessingml.document}). year from 2021 to
 * this year; lang vi (default) or en; as_of a day of that year up to today (default: the year's last day, or today
 * for the current year): progress and timeliness are judged on it, with the reports as they stood at its end.
 */
public final class AnnualReportRoutes implements Routes {
  /** The parameters of {@code GET /annual-report}. */
  public static final Parameters PARAMETERS = Parameters.of(
      Parameter.of("year", "The year evaluated (2021 to this year; required)", Map.of("type", "integer", "minimum", 2021),
          "2025").asRequired(),
      Parameter.of("format", "docx", Parameter.oneOf(List.of("docx"), "docx"), "docx"),
      Parameter.of("lang", "vi (default) or en", Parameter.oneOf(List.of("vi", "en"), "vi"), "en"),
      Parameter.of("as_of", "Judged on this day of the year (default: its last day, or today)", Parameter.date(),
          "2025-12-31"));

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final AnnualSource source;
  private final Clock clock;

  public AnnualReportRoutes(AnnualSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/annual-report", this::annual);
  }

  private void annual(Context ctx) {
    QueryParams params = new QueryParams(ctx.queryParamMap(), PARAMETERS);
    LocalDate today = Today.in(clock);
    if (params.text("year") == null) {
      throw new BadRequestException("year", "give the year to evaluate: year=YYYY (2021–" + today.getYear() + ")");
    }
    int year = (int) params.integer("year", 2021, today.getYear(), today.getYear());
    params.choice("format", List.of("docx"), "docx");
    String lang = params.choice("lang", List.of("vi", "en"), "vi");
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    LocalDate day = params.date("as_of");
    if (day == null) {
      day = yearEnd.isAfter(today) ? today : yearEnd;
    } else if (day.getYear() != year || day.isAfter(today)) {
      throw new BadRequestException("as_of", "'as_of' must be a day of " + year + " up to today, was: " + day,
          Map.of("minimum", year + "-01-01", "maximum", (yearEnd.isAfter(today) ? today : yearEnd).toString()));
    }
    AnnualData data = source.read(year, day, day.equals(today) ? null : day.plusDays(1).atStartOfDay(Today.ZONE)
        .toInstant(), today);
    byte[] figure = new PlaceMapRenderer().render(data.places(), lang);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnnualReportWriter(lang).write(data, figure, out);
    ctx.header("Content-Disposition", "attachment; filename=\"bao-cao-danh-gia-" + year + "-" + lang + ".docx\"");
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(DOCX).result(out.toByteArray());
  }
}
