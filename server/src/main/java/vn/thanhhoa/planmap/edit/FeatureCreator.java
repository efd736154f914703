package vn.thanhhoa.planmap.edit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.accuracy.AccuracyNotes;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.geo.GeometryRules;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * Adds a new place to a layer, inside the caller's transaction, with the checks of an edit (the layer and
 * its kind exist, the geometry is valid and in the region) and a history row with no "before". Its id is
 * made from its name ("Khu đô thị Đông Phát" → {@code khu-do-thi-dong-phat}, {@code -2} … when taken).
 */
public final class FeatureCreator {
  /** A new place: its layer, kind, names, stated accuracy and WGS84 geometry. */
  public record NewPlace(String layer, String kind, String name, String nameEn, Accuracy accuracy,
      Geometry geometry) {}

  private final FeatureEditor editor;

  public FeatureCreator(FeatureEditor editor) {
    this.editor = editor;
  }

  /**
   * Inserts the place and records it.
   *
   * @param field the request field to name when the place is refused (e.g. "assign[1]")
   * @return its editable state (with its new id)
   */
  public ObjectNode create(Jdbc.Tx tx, NewPlace place, User user, String action, String note, String field)
      throws SQLException {
    if (!tx.one("edit/layer_exists", rs -> rs.getBoolean(1), place.layer()).orElse(false)) {
      throw new BadRequestException(field + ".layer", "there is no layer '" + place.layer() + "'");
    }
    if (!tx.one("edit/layer_has_kind", rs -> rs.getBoolean(1), place.layer(), place.kind()).orElse(false)) {
      throw new BadRequestException(field + ".kind", "'" + place.kind() + "' is not a kind of layer " + place.layer());
    }
    GeometryRules.problem(place.geometry()).ifPresent(p -> {
      throw new BadRequestException(field, p);
    });
    String id = freeId(tx, slug(place.name()));
    try {
      Accuracy a = place.accuracy();
      tx.update("edit/insert_feature", id, place.layer(), place.name(), place.nameEn(), place.kind(),
          AccuracyNotes.english(a), AccuracyNotes.vietnamese(a), a.accuracyClass().id(), Accuracy.plain(a.metres()),
          a.source(), a.sourceEn(), new WKBWriter(2).write(place.geometry()),
          SearchText.fold(place.name() + " " + place.nameEn()), place.layer());
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw ProblemException.conflict("a place with the id '" + id + "' was added at the same moment; nothing"
            + " was saved: try again", null);
      }
      throw e;
    }
    return editor.created(tx, id, user, action, note);
  }

  /** The folded name as an id: lower-case ASCII words joined by hyphens, at most 60 characters. */
  static String slug(String name) {
    String s = SearchText.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "place" : s;
  }

  private static String freeId(Jdbc.Tx tx, String base) throws SQLException {
    Set<String> taken = new HashSet<>(tx.list("edit/select_feature_ids", rs -> rs.getString(1), base));
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      if (!taken.contains(base + "-" + n)) {
        return base + "-" + n;
      }
    }
  }
}
