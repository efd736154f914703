package vn.thanhhoa.planmap.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One immutable history row: who did what to which entity, when, with the state before and after (JSON,
 * null when there was none) and, when the action alone does not say why, a note in words.
 */
public record HistoryEntry(
    long id,
    String entity,
    String entityId,
    String action,
    String username,
    Instant at,
    @JsonRawValue String before,
    @JsonRawValue String after,
    String note) {}
