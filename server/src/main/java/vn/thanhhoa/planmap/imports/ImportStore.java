package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import vn.thanhhoa.planmap.db.Jdbc;

/**
 * Imports waiting to be applied, in the database (table {@code pending_import}) so that any instance can
 * serve them; each expires a day after its upload and is then forgotten.
 */
final class ImportStore {
  /** A stored import: its document (the API's answer) and its state at a moment. */
  record Stored(ObjectNode document, boolean expired, boolean applied, String filename, String format, String crs) {}

  private final Jdbc jdbc;
  private final ObjectMapper mapper;

  ImportStore(Jdbc jdbc, ObjectMapper mapper) {
    this.jdbc = jdbc;
    this.mapper = mapper;
  }

  /** Stores a new import, forgetting those expired by {@code now}. */
  void save(String id, long userId, String filename, String format, String crs, ObjectNode document,
      Instant now, Instant expires) {
    jdbc.transaction("storing import " + id, tx -> {
      tx.update("imports/delete_expired", now);
      return tx.update("imports/insert_import", id, userId, filename, format, crs, document.toString(), expires);
    });
  }

  Optional<Stored> find(String id, Instant now) {
    return jdbc.transaction("reading import " + id, tx -> lock(tx, id, now));
  }

  /** The import, locked until the transaction ends. */
  Optional<Stored> lock(Jdbc.Tx tx, String id, Instant now) throws SQLException {
    return tx.one("imports/select_import", rs -> new Stored(parse(rs.getString(1)), rs.getBoolean(2),
        rs.getBoolean(3), rs.getString(4), rs.getString(5), rs.getString(6)), now, id);
  }

  void markApplied(Jdbc.Tx tx, String id) throws SQLException {
    tx.update("imports/update_applied", id);
  }

  private ObjectNode parse(String json) {
    try {
      return (ObjectNode) mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a stored import is not JSON", e);
    }
  }
}
