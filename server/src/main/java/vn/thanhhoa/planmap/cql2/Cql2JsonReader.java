package vn.thanhhoa.planmap.cql2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads the CQL2 JSON encoding ({@code {"op": "and", "args": [...]}}, {@code {"property": "name"}}, literals,
 * {@code {"date": …}}, {@code {"timestamp": …}}, GeoJSON geometries, {@code {"bbox": [...]}}) into an
 * {@link Expr}. Problems are {@link Cql2Exception}s whose position is a JSON pointer.
 */
public final class Cql2JsonReader {
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", "<=", ">", ">=");
  private static final Set<String> SPATIAL = Set.of("s_intersects", "s_equals", "s_disjoint", "s_touches",
      "s_within", "s_overlaps", "s_crosses", "s_contains");
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();

  private Cql2JsonReader() {}

  /** The expression a CQL2 JSON filter says. */
  public static Expr read(String json, ObjectMapper mapper) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new Cql2Exception(loc == null ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr(),
          "CQL2 JSON: not JSON: " + e.getOriginalMessage());
    }
    if (root == null) {
      throw new Cql2Exception(null, "CQL2 JSON: empty filter");
    }
    return expr(root, "");
  }

  private static Expr expr(JsonNode n, String at) {
    if (n.isBoolean()) {
      return new Expr.Constant(n.booleanValue());
    }
    if (!n.isObject() || !n.path("op").isTextual()) {
      throw new Cql2Exception(pointer(at), "CQL2 JSON: expected a boolean expression {\"op\": …, \"args\": […]}");
    }
    String op = n.get("op").asText().toLowerCase(Locale.ROOT);
    JsonNode args = n.path("args");
    if (!args.isArray()) {
      throw new Cql2Exception(pointer(at + "/args"), "CQL2 JSON: '" + op + "' needs an array of args");
    }
    String a = at + "/args";
    switch (op) {
      case "and", "or" -> {
        arity(args, 2, Integer.MAX_VALUE, op, a);
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
          parts.add(expr(args.get(i), a + "/" + i));
        }
        return new Expr.Logical(op, parts);
      }
      case "not" -> {
        arity(args, 1, 1, op, a);
        return new Expr.Not(expr(args.get(0), a + "/0"));
      }
      case "like" -> {
        arity(args, 2, 2, op, a);
        return new Expr.Like(operand(args.get(0), a + "/0"), operand(args.get(1), a + "/1"));
      }
      case "between" -> {
        arity(args, 3, 3, op, a);
        return new Expr.Between(operand(args.get(0), a + "/0"), operand(args.get(1), a + "/1"),
            operand(args.get(2), a + "/2"));
      }
      case "in" -> {
        arity(args, 2, 2, op, a);
        if (!args.get(1).isArray() || args.get(1).isEmpty()) {
          throw new Cql2Exception(pointer(a + "/1"), "CQL2 JSON: 'in' needs a non-empty list");
        }
        List<Operand> list = new ArrayList<>();
        for (int i = 0; i < args.get(1).size(); i++) {
          list.add(operand(args.get(1).get(i), a + "/1/" + i));
        }
        return new Expr.In(operand(args.get(0), a + "/0"), list);
      }
      case "isnull" -> {
        arity(args, 1, 1, op, a);
        return new Expr.IsNull(operand(args.get(0), a + "/0"));
      }
      default -> {
        if (COMPARISONS.contains(op)) {
          arity(args, 2, 2, op, a);
          return new Expr.Compare(op, operand(args.get(0), a + "/0"), operand(args.get(1), a + "/1"));
        }
        if (SPATIAL.contains(op)) {
          arity(args, 2, 2, op, a);
          return new Expr.Spatial(op, operand(args.get(0), a + "/0"), operand(args.get(1), a + "/1"));
        }
        throw new Cql2Exception(pointer(at + "/op"), "CQL2 JSON: unknown or unsupported operator '" + op + "'");
      }
    }
  }

  private static Operand operand(JsonNode n, String at) {
    if (n.isTextual()) {
      return new Operand.Literal(n.asText());
    }
    if (n.isNumber()) {
      return new Operand.Literal(n.asDouble());
    }
    if (n.isBoolean()) {
      return new Operand.Literal(n.booleanValue());
    }
    if (n.isObject()) {
      if (n.path("property").isTextual()) {
        return new Operand.Property(n.get("property").asText());
      }
      if (n.path("date").isTextual()) {
        try {
          return new Operand.Literal(LocalDate.parse(n.get("date").asText()));
        } catch (DateTimeParseException e) {
          throw new Cql2Exception(pointer(at + "/date"), "CQL2 JSON: a date is yyyy-mm-dd");
        }
      }
      if (n.path("timestamp").isTextual()) {
        try {
          return new Operand.Literal(Instant.parse(n.get("timestamp").asText()));
        } catch (DateTimeParseException e) {
          throw new Cql2Exception(pointer(at + "/timestamp"), "CQL2 JSON: a timestamp is an RFC 3339 UTC instant");
        }
      }
      if (n.path("bbox").isArray() && (n.get("bbox").size() == 4 || n.get("bbox").size() == 6)) {
        JsonNode b = n.get("bbox");
        int k = b.size() / 2;
        return new Operand.GeometryLiteral(GEOMETRIES.toGeometry(new Envelope(b.get(0).asDouble(),
            b.get(k).asDouble(), b.get(1).asDouble(), b.get(k + 1).asDouble())));
      }
      if (n.path("type").isTextual() && n.has("coordinates") || n.has("geometries")) {
        try {
          return new Operand.GeometryLiteral(new GeoJsonReader(GEOMETRIES).read(n.toString()));
        } catch (ParseException | RuntimeException e) {
          throw new Cql2Exception(pointer(at), "CQL2 JSON: not a GeoJSON geometry: " + e.getMessage());
        }
      }
      if (n.path("op").isTextual()) {
        String op = n.get("op").asText().toLowerCase(Locale.ROOT);
        if ((op.equals("casei") || op.equals("accenti")) && n.path("args").isArray() && n.get("args").size() == 1) {
          return new Operand.Function(op, operand(n.get("args").get(0), at + "/args/0"));
        }
      }
    }
    throw new Cql2Exception(pointer(at), "CQL2 JSON: expected a property, a literal or a function, was " + n);
  }

  private static void arity(JsonNode args, int min, int max, String op, String at) {
    if (args.size() < min || args.size() > max) {
      throw new Cql2Exception(pointer(at), "CQL2 JSON: '" + op + "' takes " + (min == max ? min : min + " or more")
          + " args, got " + args.size());
    }
  }

  private static String pointer(String at) {
    return at.isEmpty() ? "/" : at;
  }
}
