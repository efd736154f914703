package vn.thanhhoa.planmap.coordinates;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.Routes;

/**
 * {@code GET /coordinates?lon=…&lat=…&crs=…}: one WGS84 position (degrees) in one of planmap's CRSs,
 * through the same {@link CoordinateTransformer} as the exports, so the map's cursor readout and an
 * exported file give the same numbers. The map asks it for the cursor's VN-2000 coordinates.
 *
 * <p>Answer: {@code {lon, lat, crs, epsg, title, x, y, units, area_of_use}} where x is the easting and
 * y the northing in metres (longitude and latitude in degrees for {@code wgs84}), rounded to the CRS's
 * decimals, and {@code area_of_use} the box [minLon, minLat, maxLon, maxLat] in which positions are
 * accepted (VN-2000's area: Vietnam). 400 with a problem body naming the parameter for a missing,
 * malformed or out-of-area {@code lon}/{@code lat} or an unknown {@code crs}.
 */
public final class CoordinateRoutes implements Routes {
  /** Where VN-2000 is defined (EPSG:4756's area of use, Vietnam, rounded outwards): lon 102–110, lat 8–24. */
  static final double[] AREA_OF_USE = {102, 8, 110, 24};
  /** The parameters of {@code GET /coordinates}. */
  public static final Parameters PARAMS = Parameters.of(
      Parameter.of("lon", "Longitude, degrees (102..110)", Parameter.number(), "105.77639").asRequired(),
      Parameter.of("lat", "Latitude, degrees (8..24)", Parameter.number(), "19.8075").asRequired(),
      Parameter.of("crs", String.join(", ", Crs.IDS) + " (EPSG:5897 by default)",
          Parameter.oneOf(Crs.IDS, Crs.VN2000_THANHHOA.id()), Crs.VN2000_UTM48.id()));

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/coordinates", this::coordinates);
  }

  private void coordinates(Context ctx) {
    QueryParams params = new QueryParams(ctx.queryParamMap(), PARAMS);
    double lon = params.number("lon", AREA_OF_USE[0], AREA_OF_USE[2]);
    double lat = params.number("lat", AREA_OF_USE[1], AREA_OF_USE[3]);
    Crs crs = Crs.byId(params.choice("crs", Crs.IDS, Crs.VN2000_THANHHOA.id()));
    double[] xy = new CoordinateTransformer(crs).transform(lon, lat);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("lon", lon);
    body.put("lat", lat);
    body.put("crs", crs.id());
    body.put("epsg", crs.epsg());
    body.put("title", crs.title());
    body.put("x", xy[0]);
    body.put("y", xy[1]);
    body.put("units", crs == Crs.WGS84 ? "degrees" : "m");
    body.put("area_of_use", List.of(AREA_OF_USE[0], AREA_OF_USE[1], AREA_OF_USE[2], AREA_OF_USE[3]));
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.json(body);
  }
}
