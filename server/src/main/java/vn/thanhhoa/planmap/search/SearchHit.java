package vn.thanhhoa.planmap.search;

/**
 * One search result.
 *
 * @param kind     {@code feature}, {@code task} or {@code agency}
 * @param id       feature id, task code or agency id
 * @param layer    the feature's layer, null for tasks and agencies
 * @param bbox     {@code [west, south, east, north]} to zoom to (WGS84), null when the hit has no place
 * @param score    rank, higher first (100: the whole text matches)
 */
public record SearchHit(
    String kind, String id, String title, String titleEn, String subtitle, String layer, double[] bbox, int score) {}
