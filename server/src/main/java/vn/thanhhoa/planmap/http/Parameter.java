package vn.thanhhoa.planmap.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query parameter as an endpoint declares it: the one statement of its name, meaning, JSON Schema and an
 * example value, read by {@link QueryParams} (which refuses every undeclared parameter) and by the OpenAPI
 * document (which lists exactly the declared ones). The value itself is read and checked by the code that uses
 * it ({@link QueryParams#date}, {@link QueryParams#choice} …), whose 400 names the parameter.
 *
 * @param name        the parameter's name in the query string
 * @param description what it does, for the OpenAPI document
 * @param schema      its JSON Schema (OpenAPI 3.0 subset): type, enum, bounds, default
 * @param example     a value the endpoint accepts (used by the document and by the tests)
 * @param required    whether a request must carry it
 */
public record Parameter(String name, String description, Map<String, Object> schema, String example,
    boolean required) {

  /** An optional parameter. */
  public static Parameter of(String name, String description, Map<String, Object> schema, String example) {
    return new Parameter(name, description, schema, example, false);
  }

  /** The same parameter, required. */
  public Parameter asRequired() {
    return new Parameter(name, description, schema, example, true);
  }

  /** The same parameter with another description (the same term in another endpoint's words). */
  public Parameter describedAs(String newDescription) {
    return new Parameter(name, newDescription, schema, example, required);
  }

  /** The OpenAPI 3.0 Parameter Object: {@code in: query}, comma-separated lists ({@code form}, not exploded). */
  public Map<String, Object> openApi() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("in", "query");
    p.put("description", description);
    p.put("required", required);
    p.put("schema", schema);
    p.put("style", "form");
    p.put("explode", false);
    p.put("example", example);
    return p;
  }

  /** Free text. */
  public static Map<String, Object> text() {
    return Map.of("type", "string");
  }

  /** Free text of at most {@code maxLength} characters (more than {@link QueryParams#MAX_LENGTH}, the default). */
  public static Map<String, Object> text(int maxLength) {
    return Map.of("type", "string", "maxLength", maxLength);
  }

  /** The most characters a value may have: the schema's {@code maxLength}, else {@link QueryParams#MAX_LENGTH}. */
  public int maxLength() {
    return schema.get("maxLength") instanceof Integer n ? n : QueryParams.MAX_LENGTH;
  }

  /** A day, yyyy-mm-dd. */
  public static Map<String, Object> date() {
    return Map.of("type", "string", "format", "date");
  }

  /** true or false. */
  public static Map<String, Object> bool() {
    return Map.of("type", "boolean");
  }

  /** A decimal number. */
  public static Map<String, Object> number() {
    return Map.of("type", "number");
  }

  /** A whole number from min to max, with a default (null for none). */
  public static Map<String, Object> integer(long min, long max, Long dflt) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "integer");
    s.put("minimum", min);
    s.put("maximum", max);
    if (dflt != null) {
      s.put("default", dflt);
    }
    return s;
  }

  /** One of the values, with a default (null for none). */
  public static Map<String, Object> oneOf(List<String> values, String dflt) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "string");
    s.put("enum", values);
    if (dflt != null) {
      s.put("default", dflt);
    }
    return s;
  }

  /** From min to max numbers, comma-separated. */
  public static Map<String, Object> numbers(int min, int max) {
    return Map.of("type", "array", "minItems", min, "maxItems", max, "items", Map.of("type", "number"));
  }
}
