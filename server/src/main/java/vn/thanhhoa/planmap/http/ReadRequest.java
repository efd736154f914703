package vn.thanhhoa.planmap.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import vn.thanhhoa.planmap.time.AsOf;
import vn.thanhhoa.planmap.time.Today;

/**
 * The opening steps every read (GET) handler shares, in their one order: the query checked against the endpoint's
 * declared parameters ({@link QueryParams}: 400 naming an undeclared or malformed one), the format negotiated when
 * the endpoint declares {@code f} ({@link Format}: 406 when neither JSON nor HTML is acceptable), the day in Thanh
 * Hóa and the {@code as_of} view, then the cache check ({@link Caching}: 304 before any data is read).
 */
public final class ReadRequest {
  private final Context ctx;
  private final QueryParams params;
  private final Format format;
  private final Clock clock;
  private LocalDate today;

  private ReadRequest(Context ctx, QueryParams params, Format format, Clock clock) {
    this.ctx = ctx;
    this.params = params;
    this.format = format;
    this.clock = clock;
  }

  /**
   * Checks the query and negotiates the format.
   *
   * @param declared the endpoint's parameters; the format is negotiated when they hold {@link Format#PARAMETER}
   * @param clock    the app's clock, for {@link #today} and {@link #asOf}
   * @throws BadRequestException for an undeclared, repeated or malformed parameter
   * @throws ProblemException    406 when the endpoint declares {@code f} and the Accept header admits nothing it
   *                             answers in
   */
  public static ReadRequest of(Context ctx, Parameters declared, Clock clock) {
    QueryParams params = new QueryParams(ctx.queryParamMap(), declared);
    Format format = declared.list().contains(Format.PARAMETER) ? Format.of(ctx, params) : null;
    return new ReadRequest(ctx, params, format, clock);
  }

  /** The same steps for an endpoint whose answer does not depend on the day (no {@link #today}). */
  public static ReadRequest of(Context ctx, Parameters declared) {
    return of(ctx, declared, null);
  }

  /** The checked query. */
  public QueryParams params() {
    return params;
  }

  /** The negotiated format; null when the endpoint declares no {@code f}. */
  public Format format() {
    return format;
  }

  /** The day in Thanh Hóa by the app's clock, read once per request (so one request never straddles midnight). */
  public LocalDate today() {
    if (today == null) {
      if (clock == null) {
        throw new IllegalStateException("this endpoint was read without a clock");
      }
      today = Today.in(clock);
    }
    return today;
  }

  /**
   * The {@code as_of} view asked for (the present when absent).
   *
   * @throws BadRequestException for a malformed date or a day after today
   */
  public AsOf asOf() {
    return params.asOf(today());
  }

  /**
   * Sets ETag and Cache-Control from what the answer depends on (the format is added when negotiated) and answers
   * 304 when the client's copy is current.
   *
   * @param dependsOn the data version, and the day when the answer judges time ("overdue")
   * @return true when a 304 was sent and the handler must stop
   */
  public boolean notModified(Object... dependsOn) {
    if (format == null) {
      return Caching.notModified(ctx, dependsOn);
    }
    Object[] parts = Arrays.copyOf(dependsOn, dependsOn.length + 1);
    parts[dependsOn.length] = format;
    return Caching.notModified(ctx, parts);
  }
}
