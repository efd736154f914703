package vn.thanhhoa.planmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.thanhhoa.planmap.support.ServerPerClass;

/**
 * On every GET endpoint of the OpenAPI document: the declared query parameters, given their examples, are
 * answered (2xx); each one alone is never refused as unknown; a parameter the endpoint does not declare is a 400
 * problem naming it. The document is built from the same declarations the endpoints check requests against.
 */
class DeclaredParametersIT extends ServerPerClass {
  private static final String UNDECLARED = "undeclared_param";

  /** One GET operation: its path with the path parameters filled in, its query parameters (name → example). */
  private record Endpoint(String template, String path, boolean examplesComplete, Map<String, String> required,
      Map<String, String> optional) {

    String query(Map<String, String> params) {
      return params.isEmpty() ? path : path + "?" + params.entrySet().stream()
          .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
          .collect(Collectors.joining("&"));
    }

    Map<String, String> requiredAnd(String name, String value) {
      Map<String, String> m = new LinkedHashMap<>(required);
      m.put(name, value);
      return m;
    }
  }

  private static List<Endpoint> endpoints() {
    List<Endpoint> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = server.json("/api", 200).path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      JsonNode get = p.getValue().path("get");
      if (get.isMissingNode()) {
        continue;
      }
      String path = p.getKey();
      boolean complete = true;
      Map<String, String> required = new LinkedHashMap<>();
      Map<String, String> optional = new LinkedHashMap<>();
      for (JsonNode param : get.path("parameters")) {
        String name = param.path("name").asText();
        JsonNode example = param.path("example");
        if (param.path("in").asText().equals("path")) {
          complete &= example.isTextual();
          path = path.replace("{" + name + "}", example.isTextual() ? example.asText() : "1");
        } else {
          assertTrue(example.isTextual(), p.getKey() + ": parameter '" + name + "' states an example");
          (param.path("required").asBoolean() ? required : optional).put(name, example.asText());
        }
      }
      out.add(new Endpoint(p.getKey(), path, complete, required, optional));
    }
    assertTrue(out.size() > 25, "the document lists the GET endpoints: " + out.size());
    return out;
  }

  @TestFactory
  List<DynamicTest> everyDeclaredParameterIsAcceptedAndNoOtherIs() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      if (e.examplesComplete()) {
        tests.add(DynamicTest.dynamicTest(e.template() + " answers its examples", () -> {
          Map<String, String> all = new LinkedHashMap<>(e.required());
          all.putAll(e.optional());
          HttpResponse<String> r = server.get(e.query(all));
          assertTrue(r.statusCode() / 100 == 2, "GET " + e.query(all) + ": " + r.statusCode() + " " + r.body());
        }));
      }
      Map<String, String> each = new LinkedHashMap<>(e.required());
      each.putAll(e.optional());
      each.forEach((name, example) -> tests.add(DynamicTest.dynamicTest(e.template() + " accepts " + name, () -> {
        HttpResponse<String> r = server.get(e.query(e.requiredAnd(name, example)));
        assertFalse(r.statusCode() == 400 && r.body().contains("unknown query parameter"),
            "GET " + e.query(e.requiredAnd(name, example)) + ": " + r.body());
      })));
      tests.add(DynamicTest.dynamicTest(e.template() + " refuses an undeclared parameter", () -> {
        HttpResponse<String> r = server.get(e.query(e.requiredAnd(UNDECLARED, "1")));
        assertEquals(400, r.statusCode(), e.template() + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
            r.headers().toString());
        JsonNode problem = server.mapper.readTree(r.body());
        assertTrue(problem.toString().contains("'" + UNDECLARED + "'"), "the problem names it: " + problem);
      }));
    }
    return tests;
  }
}
