package vn.thanhhoa.planmap.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.List;
import vn.thanhhoa.planmap.db.Jdbc;

/**
 * The audit trail: every report and every edit is appended, in the transaction of the change, as an
 * immutable row (the database refuses updates and deletes of it).
 */
public final class History {
  private final Jdbc jdbc;
  private final ObjectMapper mapper;

  public History(Jdbc jdbc, ObjectMapper mapper) {
    this.jdbc = jdbc;
    this.mapper = mapper;
  }

  /**
   * Appends a row and bumps the data version, inside the caller's transaction.
   *
   * @param before the state before (any JSON-serializable value, or null)
   * @param after  the state after (or null)
   */
  public void append(Jdbc.Tx tx, String entity, String entityId, String action, Actor who, Object before,
      Object after) throws SQLException {
    append(tx, entity, entityId, action, who, before, after, null);
  }

  /**
   * Appends a row with a note saying why, in words (e.g. "imported from plan.dxf (DXF, EPSG:5897) by
   * an.editor"), inside the caller's transaction.
   */
  public void append(Jdbc.Tx tx, String entity, String entityId, String action, Actor who, Object before,
      Object after, String note) throws SQLException {
    tx.update("history/insert_history", entity, entityId, action, who.id() == 0 ? null : who.id(), who.username(),
        json(before), json(after), note);
    tx.update("history/bump_data_version");
  }

  /** An entity's history (every entity of the kind when id is null) up to asOf (null: all), newest first. */
  public List<HistoryEntry> of(String entity, String entityId, java.time.Instant asOf, int limit) {
    return jdbc.list("reading the history of " + entity + " " + entityId, "history/select_history",
        rs -> new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getString(9)),
        entity, entityId, entityId, asOf, asOf, limit);
  }

  private String json(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s;
    }
    try {
      return mapper.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("serializing a history state", e);
    }
  }
}
