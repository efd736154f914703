package vn.thanhhoa.planmap.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import vn.thanhhoa.planmap.auth.Access;
import vn.thanhhoa.planmap.auth.Permission;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.JsonBody;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.time.Today;

/**
 * The indicators' actual values per year: {@code PUT /indicators/{id}/actuals/{year}} {@code {"value": n, "note":
 * "…"}} (editors; year from 2021 to the current year; the value a finite number in the indicator's unit). Every
 * change is a history row (entity {@code indicator}, id {@code <indicator>/<year>}) with the value before and after.
 * {@code GET /indicators} lists them under each indicator's {@code actuals}.
 */
public final class IndicatorRoutes implements vn.thanhhoa.planmap.http.Routes {
  private final Jdbc jdbc;
  private final History history;
  private final ObjectMapper mapper;
  private final Clock clock;

  public IndicatorRoutes(Jdbc jdbc, History history, ObjectMapper mapper, Clock clock) {
    this.jdbc = jdbc;
    this.history = history;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.put("/indicators/{id}/actuals/{year}", this::put);
  }

  private void put(Context ctx) {
    User editor = Access.require(ctx, Permission.INDICATORS);
    String id = ctx.pathParam("id");
    int year = year(ctx.pathParam("year"));
    JsonBody body = JsonBody.read(ctx, mapper, Set.of("value", "note"));
    JsonNode v = body.node("value");
    if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new BadRequestException("value", "'value' must be a number, in the indicator's unit");
    }
    BigDecimal value = v.decimalValue();
    String note = body.text("note", 1000);
    String saved = jdbc.transaction("saving the actual value of " + id + " for " + year, tx -> {
      if (!tx.one("indicator/select_indicator_exists", rs -> rs.getBoolean(1), id).orElse(false)) {
        throw new NotFoundException("no indicator '" + id + "'; see /indicators");
      }
      String before = tx.one("indicator/select_actual", rs -> rs.getString(1), id, year).orElse(null);
      tx.update("indicator/upsert_actual", id, year, value, note == null ? "" : note, editor.id(), clock.instant());
      String after = tx.one("indicator/select_actual", rs -> rs.getString(1), id, year).orElseThrow();
      history.append(tx, "indicator", id + "/" + year, before == null ? "actual entered" : "actual changed", editor.actor(),
          before, after);
      return after;
    });
    ctx.contentType("application/json").result(saved);
  }

  private int year(String s) {
    int max = Today.in(clock).getYear();
    try {
      int y = Integer.parseInt(s);
      if (y >= 2021 && y <= max) {
        return y;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadRequestException("year", "the year must be from 2021 to " + max + ", was: " + s,
        Map.of("minimum", 2021, "maximum", max));
  }
}
