package vn.thanhhoa.planmap.edit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.JsonBody;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.programme.Deadline;
import vn.thanhhoa.planmap.programme.DeadlineParser;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * Changes a task's data (content, note, product, deadline) in one transaction, if it is still at the
 * version the editor started from; a new deadline text is parsed like the programme's, and the before
 * and after states go to the history.
 */
public final class TaskEditor {
  /** Every member a PATCH body may hold. */
  static final Set<String> FIELDS = Set.of("content", "note", "product", "deadline_text");

  private final Jdbc jdbc;
  private final History history;
  private final ObjectMapper mapper;
  private final DeadlineParser deadlines = new DeadlineParser();

  public TaskEditor(Jdbc jdbc, History history, ObjectMapper mapper) {
    this.jdbc = jdbc;
    this.history = history;
    this.mapper = mapper;
  }

  public ObjectNode state(String code) {
    return jdbc.transaction("reading task " + code, tx -> load(tx, code));
  }

  public ObjectNode edit(String code, int baseVersion, JsonBody body, User editor) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String f : new String[] {"content", "note", "product", "deadline_text"}) {
      String v = f.equals("content") ? body.nonEmptyText(f, 4000) : body.text(f, 4000);
      if (v != null) {
        texts.put(f, v);
      }
    }
    Deadline deadline = null;
    if (texts.containsKey("deadline_text")) {
      try {
        deadline = deadlines.parse(texts.get("deadline_text"));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("deadline_text", e.getMessage());
      }
    }
    Deadline newDeadline = deadline;
    return jdbc.transaction("editing task " + code, tx -> {
      ObjectNode before = load(tx, code);
      int current = before.path("version").asInt();
      if (current != baseVersion) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("your_version", baseVersion);
        extra.put("current_version", current);
        extra.put("current", before);
        extra.put("fields_you_would_overwrite", texts.keySet());
        throw ProblemException.conflict("task " + code + " was saved by someone else since version " + baseVersion
            + "; nothing was saved: merge with the current state and save again", extra);
      }
      ObjectNode s = before.deepCopy();
      texts.forEach(s::put);
      if (s.equals(before)) {
        return before; // nothing changes: no new version, no history row
      }
      java.time.LocalDate due = newDeadline != null ? newDeadline.due()
          : s.path("due_date").isNull() ? null : java.time.LocalDate.parse(s.path("due_date").asText());
      tx.update("edit/update_task", s.path("content").asText(), s.path("note").isNull() ? null
              : s.path("note").asText(), s.path("product").asText(), s.path("deadline_text").asText(), due,
          SearchText.fold(code + " " + s.path("content").asText() + " " + s.path("product").asText()), code,
          baseVersion);
      ObjectNode after = load(tx, code);
      history.append(tx, "task", code, "edit", editor.actor(), before, after);
      return after;
    });
  }

  private ObjectNode load(Jdbc.Tx tx, String code) throws SQLException {
    return tx.one("edit/select_task_state", rs -> {
      try {
        return (ObjectNode) mapper.readTree(rs.getString(1));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }, code).orElseThrow(() -> new NotFoundException("no task '" + code + "'"));
  }
}
