package vn.thanhhoa.planmap.layer;

/**
 * One feature as read from PostGIS, with its JSON parts already serialized by the database.
 *
 * @param properties JSON object of the properties without a column of their own
 * @param geometry   GeoJSON geometry, WGS84 lon/lat, at most 7 decimals
 * @param tasks      JSON array of the linked tasks: code, content, lead, lead_ids, deadline, due, status, overdue
 * @param version    the feature's edit version (1 as loaded), for optimistic locking
 * @param flat       JSON object of the flat attributes beside {@code tasks}: {@code task_codes} ("IV.10; VI.1"),
 *                   {@code lead_agency}, {@code next_due} (ISO date), null members when the feature has no task
 */
public record FeatureRow(
    String id,
    String layerId,
    String name,
    String nameEn,
    String kind,
    String accuracy,
    String sourceText,
    String properties,
    String geometry,
    String tasks,
    int version,
    String flat) {}
