package vn.thanhhoa.planmap.tiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.http.Caching;
import vn.thanhhoa.planmap.http.Links;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.layer.LayerCatalog;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * OGC API – Tiles on every layer: {@code /collections/{layer}/tiles} (its tilesets),
 * {@code /collections/{layer}/tiles/WebMercatorQuad} (the tileset's metadata; {@code ?f=tilejson} as TileJSON) and
 * {@code /collections/{layer}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}}, a Mapbox Vector Tile made by
 * PostGIS ({@code sql/tiles/select_tile.sql}). Every answer carries an ETag of the data version, like the items.
 */
public final class TileRoutes implements Routes {
  /** The query parameters of {@code /collections/{layer}/tiles}. */
  public static final Parameters TILESETS_PARAMS = Parameters.of(Parameter.of("f", "Format: json",
      Parameter.oneOf(List.of("json"), "json"), "json"));
  /** The query parameters of {@code /collections/{layer}/tiles/WebMercatorQuad}. */
  public static final Parameters TILESET_PARAMS = Parameters.of(Parameter.of("f", "Format: json (OGC tileset"
      + " metadata) or tilejson (TileJSON 3.0.0)", Parameter.oneOf(List.of("json", "tilejson"), "json"), "tilejson"));

  private final LayerCatalog catalog;
  private final Jdbc jdbc;
  private final ObjectMapper mapper;

  public TileRoutes(LayerCatalog catalog, Jdbc jdbc, ObjectMapper mapper) {
    this.catalog = catalog;
    this.jdbc = jdbc;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    Routes.getAndHead(routes, "/collections/{layer}/tiles", this::tilesets);
    Routes.getAndHead(routes, "/collections/{layer}/tiles/{tileMatrixSetId}", this::tileset);
    Routes.getAndHead(routes, "/collections/{layer}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
        this::tile);
  }

  private void tilesets(Context ctx) throws Exception {
    new QueryParams(ctx.queryParamMap(), TILESETS_PARAMS).choice("f", List.of("json"), "json");
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    if (Caching.notModified(ctx, version)) {
      return;
    }
    ctx.contentType("application/json").result(mapper.writeValueAsString(Tilesets.list(layer, Links.base(ctx))));
  }

  private void tileset(Context ctx) throws Exception {
    String f = new QueryParams(ctx.queryParamMap(), TILESET_PARAMS).choice("f", List.of("json", "tilejson"), "json");
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    matrixSet(ctx);
    if (Caching.notModified(ctx, version)) {
      return;
    }
    Object doc = f.equals("tilejson") ? Tilesets.tileJson(layer, Links.base(ctx)) : Tilesets.tileset(layer,
        Links.base(ctx));
    ctx.contentType("application/json").result(mapper.writeValueAsString(doc));
  }

  private void tile(Context ctx) throws Exception {
    new QueryParams(ctx.queryParamMap(), Parameters.NONE);
    long version = catalog.dataVersion();
    LayerInfo layer = layer(ctx, version);
    matrixSet(ctx);
    TileCoordinate c = TileCoordinate.parse(ctx.pathParam("tileMatrix"), ctx.pathParam("tileRow"),
        ctx.pathParam("tileCol"));
    if (Caching.notModified(ctx, version)) {
      return;
    }
    byte[] mvt = jdbc.one("drawing a vector tile", "tiles/select_tile", rs -> rs.getBytes(1), c.z(), c.x(), c.y(),
        layer.id(), layer.id()).orElseThrow();
    ctx.res().setCharacterEncoding(null); // a binary type: no charset parameter
    ctx.res().setContentType(Tilesets.MVT);
    ctx.result(mvt);
  }

  private static void matrixSet(Context ctx) {
    String id = ctx.pathParam("tileMatrixSetId");
    if (!id.equals(Tilesets.MATRIX_SET)) {
      throw new NotFoundException("no tile matrix set '" + id + "'; planmap tiles in " + Tilesets.MATRIX_SET);
    }
  }

  private LayerInfo layer(Context ctx, long version) {
    return catalog.require(ctx.pathParam("layer"), version);
  }
}
