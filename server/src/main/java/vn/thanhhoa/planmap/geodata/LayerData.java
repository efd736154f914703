package vn.thanhhoa.planmap.geodata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import org.locationtech.jts.geom.Geometry;

/** The layers and their features as read from {@code geodata/layers/}, validated, ready to store. */
record LayerData(List<Layer> layers, List<Feature> features) {

  /** @param group the id of the layer this one is shown with on the map (listed before it), or null */
  record Layer(String id, String titleVi, String titleEn, String descriptionVi, String descriptionEn, ArrayNode kinds,
      String group) {}

  /**
   * @param accuracy   how it was drawn, the English sentence ({@code "schematic, ±600 m: …"})
   * @param accuracyVi the same in Vietnamese, "" when not written yet
   * @param structuredAccuracy class, metres and public sources, agreeing with the sentence's largest "±N m"
   * @param properties every property that has no column of its own (ward, status note, source …)
   * @param geometry   WGS84 lon/lat, valid
   */
  record Feature(
      String id,
      String layerId,
      String name,
      String nameEn,
      String kind,
      String accuracy,
      String accuracyVi,
      Accuracy structuredAccuracy,
      String sourceText,
      List<String> tasks,
      ObjectNode properties,
      Geometry geometry) {}
}
