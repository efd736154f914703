package vn.thanhhoa.planmap.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.http.NotFoundException;

/**
 * Scanned plan sheets in the database (so every instance of planmap serves the same ones): the image, who
 * uploaded it and when, its georeference and who set it, and the places traced over it. A deleted scan
 * keeps its record without its image. Scans are answered as JSON objects built by
 * {@code sql/scan/select_scans.sql}.
 */
public final class ScanStore {
  /** An image's bytes and how to serve them. */
  public record Image(String contentType, String sha256, byte[] data) {}

  private final Jdbc jdbc;
  private final History history;
  private final Georeferencer georeferencer;
  private final ObjectMapper mapper;

  public ScanStore(Jdbc jdbc, History history, Georeferencer georeferencer, ObjectMapper mapper) {
    this.jdbc = jdbc;
    this.history = history;
    this.georeferencer = georeferencer;
    this.mapper = mapper;
  }

  /**
   * Stores an uploaded sheet.
   *
   * @return the new scan as JSON
   */
  public String add(String filename, ScanImage image, byte[] data, User user) {
    return jdbc.transaction("storing scan " + filename, tx -> {
      long id = tx.one("scan/insert_scan", rs -> rs.getLong(1), filename, image.contentType(), image.width(),
          image.height(), data.length, sha256(data), data, user.id() == 0 ? null : user.id(), user.username())
          .orElseThrow();
      return tx.one("scan/select_scans", rs -> rs.getString(1), id, id, null, null).orElseThrow();
    });
  }

  /** Every live scan, or those a place was traced over (feature not null), newest first, as JSON objects. */
  public List<String> list(String feature) {
    return jdbc.list("listing scans", "scan/select_scans", rs -> rs.getString(1), null, null, feature, feature);
  }

  /** One live scan as JSON. */
  public Optional<String> get(long id) {
    return jdbc.one("reading scan " + id, "scan/select_scans", rs -> rs.getString(1), id, id, null, null);
  }

  public Optional<Image> image(long id) {
    return jdbc.one("reading the image of scan " + id, "scan/select_image",
        rs -> new Image(rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
  }

  /**
   * Fits the scan to the control points and stores the result (replacing any earlier georeference).
   *
   * @return the scan as JSON
   * @throws NotFoundException when there is no such live scan
   */
  public String georeference(long id, JsonNode points, User user) {
    return jdbc.transaction("georeferencing scan " + id, tx -> {
      int[] size = tx.one("scan/select_size", rs -> new int[] {rs.getInt(1), rs.getInt(2)}, id)
          .orElseThrow(() -> new NotFoundException("no scan " + id));
      Georeferencer.Result r = georeferencer.fit(points, size[0], size[1]);
      tx.update("scan/update_georeference", r.json().toString(), r.footprintWkt(), user.username(), id);
      return tx.one("scan/select_scans", rs -> rs.getString(1), id, id, null, null).orElseThrow();
    });
  }

  /** Deletes a scan's image and hides it; its record stays. */
  public void delete(long id, User user) {
    if (jdbc.update("deleting scan " + id, "scan/delete_scan", user.username(), id) == 0) {
      throw new NotFoundException("no scan " + id);
    }
  }

  /**
   * Records that a place was traced over a scan, with a row in the place's history the first time. The row's
   * "before" is the place's state (so the as-of view still finds the place as it was), its "after" the same
   * state with {@code traced_over_scan: {scan, filename}}.
   *
   * @return true when the link is new
   */
  public boolean link(long id, String feature, User user) {
    return jdbc.transaction("linking scan " + id + " to " + feature, tx -> {
      String filename = tx.one("scan/select_live_filename", rs -> rs.getString(1), id).orElse(null);
      if (filename == null) {
        throw new NotFoundException("no scan " + id);
      }
      ObjectNode state = tx.one("edit/select_feature_state", rs -> (ObjectNode) read(rs.getString(2)), feature)
          .orElseThrow(() -> new NotFoundException("no feature '" + feature + "'"));
      boolean added = tx.one("scan/insert_scan_feature", rs -> rs.getLong(1), user.username(), id, feature)
          .isPresent();
      if (added) {
        ObjectNode after = state.deepCopy();
        after.putObject("traced_over_scan").put("scan", id).put("filename", filename);
        history.append(tx, "feature", feature, "traced over scan", user.actor(), state, after);
      }
      return added;
    });
  }

  private JsonNode read(String json) {
    try {
      return mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
