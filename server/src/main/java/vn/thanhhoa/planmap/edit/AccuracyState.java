package vn.thanhhoa.planmap.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.accuracy.AccuracyNotes;

/** Puts a structured accuracy into a feature's editable state (its columns, as select_feature_state names them). */
final class AccuracyState {
  private AccuracyState() {}

  /**
   * Sets class, metres and sources, and rewrites both sentences from them: the old sentence described how
   * the old geometry was drawn, and would now tell another story.
   */
  static void apply(ObjectNode state, Accuracy a) {
    state.put("accuracy_class", a.accuracyClass().id());
    JsonNode old = state.path("accuracy_m");
    if (!old.isNumber() || old.decimalValue().compareTo(Accuracy.plain(a.metres())) != 0) {
      state.put("accuracy_m", Accuracy.plain(a.metres())); // kept as stored when equal: a restated accuracy is no edit
    }
    state.put("accuracy_source", a.source());
    state.put("accuracy_source_en", a.sourceEn());
    state.put("accuracy", AccuracyNotes.english(a));
    state.put("accuracy_vi", AccuracyNotes.vietnamese(a));
  }
}
