package vn.thanhhoa.planmap.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;

/**
 * The data-quality view: every place, how many there are per accuracy class, and how many are still schematic
 * (class schematic or not_located) — computed from the rows, never stored.
 */
public record QualityReport(List<QualityRow> places) {

  public int total() {
    return places.size();
  }

  /** Places whose class is schematic or not_located. */
  public long stillSchematic() {
    return places.stream().filter(QualityRow::stillSchematic).count();
  }

  /** Places per class, every class listed (0 when none), most to least certain. */
  public Map<String, Long> byClass() {
    Map<String, Long> counts = new LinkedHashMap<>();
    AccuracyClass.ids().forEach(c -> counts.put(c, 0L));
    places.forEach(p -> counts.merge(p.accuracyClass(), 1L, Long::sum));
    return counts;
  }

  /** "31 trên 50 địa điểm vẫn là sơ đồ" / "31 of 50 places still schematic". */
  public String summary(boolean english) {
    return english ? stillSchematic() + " of " + total() + " places still schematic"
        : stillSchematic() + " trên " + total() + " địa điểm vẫn là sơ đồ";
  }
}
