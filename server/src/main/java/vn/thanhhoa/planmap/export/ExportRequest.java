package vn.thanhhoa.planmap.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.layer.FeatureQuery;
import vn.thanhhoa.planmap.layer.FeatureQueryParser;
import vn.thanhhoa.planmap.layer.FeatureQueryables;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * One validated export: which layers, which features (the items API's filters), which format and CRS.
 *
 * @param layers     the layers to export, in drawing order (at least one)
 * @param allLayers  true when every layer is exported (the file name then says "all")
 * @param format     the file format
 * @param crs        the CRS of the geometries (WGS84 for KML and GeoJSON)
 * @param query      the features to read, over all the layers (no limit: the exporter applies the configured
 *                   one); for the count and the task filters
 * @param layerQueries the same query for each layer alone, in drawing order: how features are read, so that
 *                   they come layer by layer in drawing order
 * @param parameters the request's non-empty parameters as given (NFC, by name), for the README of a pack
 */
public record ExportRequest(
    List<LayerInfo> layers,
    boolean allLayers,
    ExportFormat format,
    Crs crs,
    FeatureQuery query,
    List<FeatureQuery> layerQueries,
    Map<String, String> parameters) {

  /** The filter parameters an export shares with the items API. */
  public static final Parameters FILTERS = FeatureQueryParser.FILTERS.without("datetime", "accuracy_class",
      "properties");
  /** Every parameter of {@code GET /export}. */
  public static final Parameters PARAMETERS = Parameters.of(
      Parameter.of("layers", "Layer ids, comma-separated (default: all)", Parameter.text(), "roads,centres"),
      Parameter.of("format", String.join(", ", ExportFormats.IDS), Parameter.oneOf(ExportFormats.IDS, null), "csv")
          .asRequired(),
      Parameter.of("crs", Arrays.stream(Crs.values()).map(c -> c.id() + " (EPSG:" + c.epsg() + ")")
          .collect(Collectors.joining(", ")) + "; also as EPSG:n or an OGC URI",
          Map.of("type", "string", "default", Crs.WGS84.id()), Crs.VN2000_THANHHOA.id()))
      .with(FILTERS);

  /**
   * Validates a request's parameters.
   *
   * @param raw      the query parameters as received
   * @param catalog  every layer, in drawing order
   * @param today    the day timeliness is judged on
   * @throws BadRequestException for an unknown parameter, format, CRS or layer (listing the allowed
   *                             values), a missing format, or a CRS the format cannot carry
   */
  public static ExportRequest parse(Map<String, List<String>> raw, List<LayerInfo> catalog, LocalDate today) {
    QueryParams params = new QueryParams(raw, PARAMETERS);
    String formatId = params.choice("format", ExportFormats.IDS, null);
    if (formatId == null) {
      throw new BadRequestException("format", "'format' is required: one of " + ExportFormats.IDS, ExportFormats.IDS);
    }
    ExportFormat format = ExportFormats.byId(formatId).orElseThrow();
    Crs crs = crs(params.text("crs"));
    if (!format.projectable() && crs != Crs.WGS84) {
      throw new BadRequestException("crs", format.id().toUpperCase() + " is always WGS84 (EPSG:4326); crs='"
          + crs.id() + "' is not possible with format=" + format.id(), List.of(Crs.WGS84.id()));
    }
    List<LayerInfo> layers = layers(params.list("layers"), catalog);
    List<String> ids = layers.stream().map(LayerInfo::id).toList();
    var queryables = FeatureQueryables.of(layers);
    FeatureQuery query = FeatureQueryParser.parse(ids, params, today, Set.of(), queryables).page(Integer.MAX_VALUE, 0);
    List<FeatureQuery> layerQueries = new ArrayList<>();
    for (String id : ids) {
      layerQueries.add(FeatureQueryParser.parse(List.of(id), params, today, Set.of(), queryables)
          .page(Integer.MAX_VALUE, 0));
    }
    Map<String, String> given = new TreeMap<>();
    for (String name : raw.keySet()) {
      String value = params.text(name);
      if (value != null) {
        given.put(name, value);
      }
    }
    return new ExportRequest(layers, layers.size() == catalog.size(), format, crs, query, List.copyOf(layerQueries),
        given);
  }

  /** The download's file name, e.g. {@code planmap-roads-vn2000-thanhhoa-2026-11-27.gpkg}. */
  public String fileName() {
    return fileName(format, crs);
  }

  /** The name of this export in another format or CRS. */
  public String fileName(ExportFormat partFormat, Crs partCrs) {
    return partFormat.fileName(layerSet(), partCrs, query.today());
  }

  /** How file names name the layers: "all", or the layer ids joined by "+". */
  public String layerSet() {
    return allLayers ? "all" : layers.stream().map(LayerInfo::id).collect(Collectors.joining("+"));
  }

  /** The filters and {@code layers} as given, by name (for a README). */
  public Map<String, String> filters() {
    Map<String, String> out = new TreeMap<>();
    parameters.forEach((name, value) -> {
      if (FILTERS.names().contains(name) || name.equals("layers")) {
        out.put(name, value);
      }
    });
    return out;
  }

  /**
   * The CRS of {@code crs=}: planmap's names ({@code wgs84, vn2000-utm48, vn2000-thanhhoa}), {@code EPSG:n} or
   * the OGC URI (CRS84 and EPSG:4326 both mean WGS84 longitude/latitude, as GIS files store it).
   */
  private static Crs crs(String given) {
    if (given == null) {
      return Crs.WGS84;
    }
    List<String> allowed = new ArrayList<>(Crs.IDS);
    Crs.IDS.forEach(id -> allowed.add("EPSG:" + Crs.byId(id).epsg()));
    allowed.addAll(CrsReference.URIS);
    return CrsReference.parse(given).map(CrsReference::crs).orElseThrow(() -> new BadRequestException("crs",
        "'crs' must be one of " + allowed + "; was: " + given, allowed));
  }

  private static List<LayerInfo> layers(List<String> requested, List<LayerInfo> catalog) {
    if (requested.isEmpty()) {
      if (catalog.isEmpty()) {
        throw new BadRequestException("layers", "there are no layers to export", List.of());
      }
      return catalog;
    }
    List<String> known = catalog.stream().map(LayerInfo::id).toList();
    Set<String> wanted = new LinkedHashSet<>();
    for (String id : requested) {
      if (!known.contains(id)) {
        throw new BadRequestException("layers", "unknown layer '" + id + "'; the layers are " + known, known);
      }
      wanted.add(id);
    }
    List<LayerInfo> out = new ArrayList<>();
    for (LayerInfo layer : catalog) {
      if (wanted.contains(layer.id())) {
        out.add(layer);
      }
    }
    return out;
  }
}
