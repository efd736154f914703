package vn.thanhhoa.planmap.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.thanhhoa.planmap.text.PlainText;
import vn.thanhhoa.planmap.text.SearchText;
import vn.thanhhoa.planmap.time.IsoDate;

/**
 * The JSON object body of a write request, read with the rules every write shares: the content type is
 * {@code application/json} (else 415), the body at most {@link #MAX_BYTES} (else 413), valid UTF-8 JSON
 * holding an object whose members are all among the fields the route declares (else 400 naming the
 * unknown ones), with no control character, lone surrogate or noncharacter in any string or member name
 * at any depth (else 400 naming where). Text fields come out NFC-normalized and bounded in length;
 * booleans are strictly {@code true}/{@code false}; dates go through {@link IsoDate}.
 */
public final class JsonBody {
  public static final int MAX_BYTES = 64 * 1024;

  private final ObjectNode node;

  private JsonBody(ObjectNode node) {
    this.node = node;
  }

  /**
   * Reads the body of a write that has not declared its members yet: every rule but the refusal of
   * unknown members. Kept only so that routes written before that rule compile; declare the members
   * with {@link #read(Context, ObjectMapper, Set)}.
   */
  @Deprecated
  public static JsonBody read(Context ctx, ObjectMapper mapper) {
    return read(ctx, mapper, null);
  }

  /**
   * Reads the body of a write.
   *
   * @param fields every top-level member the route takes; any other is refused
   */
  public static JsonBody read(Context ctx, ObjectMapper mapper, Set<String> fields) {
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
    List<String> unknown = new ArrayList<>();
    node.fieldNames().forEachRemaining(f -> {
      if (fields != null && !fields.contains(f)) {
        unknown.add(f);
      }
    });
    if (!unknown.isEmpty()) {
      throw new BadRequestException(unknown.get(0), "unknown field" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList()) + "; this request takes "
          + new TreeSet<>(fields), new TreeSet<>(fields));
    }
    checkText(node, "");
    return new JsonBody((ObjectNode) node);
  }

  /** Refuses control characters, lone surrogates and noncharacters in every string and member name. */
  private static void checkText(JsonNode node, String path) {
    if (node.isTextual()) {
      String problem = PlainText.problem(node.textValue(), true);
      if (problem != null) {
        String field = path.isEmpty() ? "body" : path;
        throw new BadRequestException(field, "'" + field + "' " + problem);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        String problem = PlainText.problem(e.getKey(), false);
        if (problem != null) {
          throw new BadRequestException(path.isEmpty() ? "body" : path, "a member name " + problem);
        }
        checkText(e.getValue(), field);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkText(node.get(i), path + "[" + i + "]");
      }
    }
  }

  /** A boolean field, strictly {@code true} or {@code false}; null when absent or null. */
  public Boolean bool(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw new BadRequestException(field, "'" + field + "' must be true or false, was: " + v, List.of(true, false));
    }
    return v.booleanValue();
  }

  /** A date field ({@link IsoDate}); null when absent or null. */
  public LocalDate date(String field) {
    String s = text(field, 10);
    return s == null || s.isEmpty() ? null : DateField.parse(field, s);
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
    return s;
  }

  /**
   * A text field that may be left out (null) but, when given, must not be empty: a name can be changed,
   * never blanked.
   */
  public String nonEmptyText(String field, int maxLength) {
    String s = text(field, maxLength);
    if (s != null && s.isEmpty()) {
      throw new BadRequestException(field, "'" + field + "' must not be empty");
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
