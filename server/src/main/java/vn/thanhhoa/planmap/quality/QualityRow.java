package vn.thanhhoa.planmap.quality;

import java.time.Instant;

/**
 * One place in the data-quality view.
 *
 * @param accuracyClass  surveyed, from_plan, inferred, schematic or not_located
 * @param accuracyM      radius of the stated uncertainty, metres
 * @param changedAt      when it was last edited or imported; null when it is as loaded from geodata/
 * @param changedBy      who made that change (username); null with changedAt
 * @param change         the history entry's action ("edit", …); null with changedAt
 */
public record QualityRow(
    String id,
    String layer,
    String layerTitleVi,
    String layerTitleEn,
    String name,
    String nameEn,
    String kind,
    String accuracyClass,
    double accuracyM,
    String accuracySource,
    String accuracySourceEn,
    Instant changedAt,
    String changedBy,
    String change) {

  /** Whether the place is still a guess: drawn from the programme's words, or not located at all. */
  public boolean stillSchematic() {
    return accuracyClass.equals("schematic") || accuracyClass.equals("not_located");
  }
}
