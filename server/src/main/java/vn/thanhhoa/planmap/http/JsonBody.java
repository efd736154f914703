package vn.thanhhoa.planmap.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import vn.thanhhoa.planmap.search.SearchText;

/**
 * The JSON object body of a write request, read with the rules every write shares: the content type is
 * {@code application/json} (else 415), the body at most {@link #MAX_BYTES} (else 413), valid UTF-8 JSON
 * holding an object (else 400). Text fields come out NFC-normalized and bounded in length.
 */
public final class JsonBody {
  public static final int MAX_BYTES = 64 * 1024;

  private final ObjectNode node;

  private JsonBody(ObjectNode node) {
    this.node = node;
  }

  public static JsonBody read(Context ctx, ObjectMapper mapper) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
    if (!type.startsWith("application/json")) {
      throw ProblemException.unsupportedMediaType("send the body as application/json, not '" + type + "'");
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length > MAX_BYTES) {
      throw ProblemException.tooLarge("the body may hold at most " + MAX_BYTES + " bytes", Map.of("limit", MAX_BYTES));
    }
    JsonNode node;
    try {
      node = mapper.readTree(bytes);
    } catch (IOException e) {
      throw new BadRequestException("body", "the body is not valid UTF-8 JSON");
    }
    if (node == null || !node.isObject()) {
      throw new BadRequestException("body", "the body must be a JSON object");
    }
    return new JsonBody((ObjectNode) node);
  }

  /** A body built by the server itself (e.g. an import's change to a place), read with the same rules. */
  public static JsonBody of(ObjectNode node) {
    return new JsonBody(node);
  }

  public boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  public JsonNode node(String field) {
    return node.get(field);
  }

  /** A text field, NFC-normalized and stripped; null when absent. */
  public String text(String field, int maxLength) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadRequestException(field, "'" + field + "' must be text");
    }
    String s = SearchText.nfc(v.asText()).strip();
    if (s.length() > maxLength) {
      throw new BadRequestException(field, "'" + field + "' is longer than " + maxLength + " characters", maxLength);
    }
    if (s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      throw new BadRequestException(field, "'" + field + "' holds control characters");
    }
    return s;
  }

  /** A required text field. */
  public String requiredText(String field, int maxLength) {
    String s = text(field, maxLength);
    if (s == null || s.isEmpty()) {
      throw new BadRequestException(field, "'" + field + "' is required");
    }
    return s;
  }
}
