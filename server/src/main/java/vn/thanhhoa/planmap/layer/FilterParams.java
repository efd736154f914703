package vn.thanhhoa.planmap.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.cql2.Cql2Exception;
import vn.thanhhoa.planmap.cql2.Cql2JsonReader;
import vn.thanhhoa.planmap.cql2.Cql2TextReader;
import vn.thanhhoa.planmap.cql2.Expr;
import vn.thanhhoa.planmap.cql2.Queryable;
import vn.thanhhoa.planmap.cql2.SqlCompiler;
import vn.thanhhoa.planmap.db.SqlFragment;
import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.http.QueryParams;

/**
 * OGC API – Features Part 3: {@code filter} (CQL2), {@code filter-lang} ({@code cql2-text}, the default, or
 * {@code cql2-json}) and {@code filter-crs} (the CRS of the filter's geometries; CRS84 by default). A filter
 * that cannot be read or applied is a 400 problem whose {@code position} says where.
 */
public final class FilterParams {
  /**
   * The longest {@code filter}, in characters: a polygon of about 1,000 vertices in CQL2 text (a few hundred in
   * CQL2 JSON, whose brackets and commas a URI escapes) within the 32 KB URI planmap reads
   * ({@code JettyErrors.MAX_REQUEST_HEAD_BYTES}). Other parameters keep {@link QueryParams#MAX_LENGTH}.
   */
  public static final int MAX_FILTER_LENGTH = 30_000;
  /** The {@code filter-lang} values. */
  public static final List<String> LANGUAGES = List.of("cql2-text", "cql2-json");
  /** The parameters this class reads. */
  public static final Parameters PARAMETERS = Parameters.of(
      Parameter.of("filter", "CQL2 filter over the collection's queryables (see /queryables), e.g."
          + " task_codes LIKE '%VI.2%' AND S_INTERSECTS(geometry, BBOX(105.77,19.80,105.85,19.86))",
          Parameter.text(MAX_FILTER_LENGTH), "S_INTERSECTS(geometry, BBOX(105.70,19.70,105.90,19.90))"),
      Parameter.of("filter-lang", "cql2-text (default) or cql2-json", Parameter.oneOf(LANGUAGES, "cql2-text"),
          "cql2-text"),
      Parameter.of("filter-crs", "CRS of the filter's geometries: an OGC URI or EPSG:n (default CRS84)",
          CrsParams.schema(), CrsReference.CRS84.uri()));
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FilterParams() {}

  /** The filter as a condition over the features, null when there is none. */
  static SqlFragment read(QueryParams params, Map<String, Queryable> queryables) {
    String filter = params.text("filter");
    String lang = params.choice("filter-lang", LANGUAGES, "cql2-text");
    CrsReference crs = CrsParams.read(params, "filter-crs");
    if (filter == null) {
      if (params.text("filter-lang") != null || params.text("filter-crs") != null) {
        throw new BadRequestException("filter", "filter-lang and filter-crs need a filter");
      }
      return null;
    }
    CoordinateTransformer transformer = new CoordinateTransformer(crs.crs());
    try {
      Expr e = lang.equals("cql2-json") ? Cql2JsonReader.read(filter, MAPPER) : Cql2TextReader.read(filter);
      return new SqlCompiler(queryables, g -> {
        org.locationtech.jts.geom.Geometry xy = crs.latitudeFirst() ? swapped(g) : g;
        return transformer.toWgs84(xy);
      }).compile(e);
    } catch (Cql2Exception e) {
      throw new ProblemException(400, "Bad request", "'filter' (" + lang + "): " + e.getMessage(),
          e.position() == null ? Map.of("parameter", "filter") : Map.of("parameter", "filter", "position",
              e.position()));
    }
  }

  private static org.locationtech.jts.geom.Geometry swapped(org.locationtech.jts.geom.Geometry g) {
    org.locationtech.jts.geom.Geometry copy = g.copy();
    copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
      double x = c.x;
      c.x = c.y;
      c.y = x;
    });
    copy.geometryChanged();
    return copy;
  }
}
