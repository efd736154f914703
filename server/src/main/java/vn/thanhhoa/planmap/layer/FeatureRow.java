package vn.thanhhoa.planmap.layer;

/**
 * One feature as read from PostGIS, with its JSON parts already serialized by the database.
 *
 * @param properties JSON object of the properties without a column of their own
 * @param geometry   GeoJSON geometry, WGS84 lon/lat, at most 7 decimals
 * @param tasks      JSON array of the linked tasks: code, content, lead, lead_ids, deadline, due, progress,
 *                   timeliness, days_late, days_overdue
 * @param version    the feature's edit version (1 as loaded), for optimistic locking
 * @param accuracyClass    how the geometry was obtained (see AccuracyClass): surveyed … not_located
 * @param accuracyM        radius of the stated uncertainty, metres
 * @param accuracySource   the public sources, as written (Vietnamese in geodata/)
 * @param accuracySourceEn the same in English, "" when not given
 * @param accuracyVi       the accuracy sentence in Vietnamese, "" when not written
 * @param flat       JSON object of the flat attributes beside {@code tasks}: {@code task_codes} ("IV.10; VI.1"),
 *                   {@code lead_agency}, {@code next_due} (ISO date), null members when the feature has no task
 * @param sortOrder  its drawing order within the layer (items are ordered by layer, this, id)
 * @param sortKey    on a page sorted by {@code sortby}: the values of its sort keys (a JSON array, see
 *                   {@link Sorting#keyValues()}); null otherwise
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
    String accuracyClass,
    double accuracyM,
    String accuracySource,
    String accuracySourceEn,
    String accuracyVi,
    String flat,
    int sortOrder,
    String sortKey) {}
