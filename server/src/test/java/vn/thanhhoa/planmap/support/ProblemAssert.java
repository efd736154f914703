package vn.thanhhoa.planmap.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** What every error answer of planmap must be: problem+json, the status in the body, no database words. */
public final class ProblemAssert {
  /**
   * Words that betray the database or the server's insides: SQL, constraint, table and driver names,
   * stack-trace terms. None may appear in any answer to a client.
   */
  public static final List<String> DATABASE_WORDS = List.of("constraint", "violates", "foreign key", "fkey",
      "_pkey", "sqlstate", "psqlexception", "org.postgresql", "jdbc", "postgres", "syntax error at", "relation \"",
      "table \"", "column \"", "select ", "insert into", "update feature", "duplicate key", "hikari",
      "exception", "at vn.thanhhoa", "at java.", "at org.", "nullpointer", "jetty", "caused by");

  private ProblemAssert() {}

  /** The first database word in {@code text}, or null. */
  public static String databaseWord(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return DATABASE_WORDS.stream().filter(lower::contains).findFirst().orElse(null);
  }

  /** Asserts a problem answer with this status naming this parameter (null: any); returns the body. */
  public static JsonNode problem(RawHttp.Response r, int status, String parameter) {
    assertEquals(status, r.status(), r.toString());
    String type = r.header("Content-Type");
    assertTrue(type != null && type.startsWith("application/problem+json"), "problem+json: " + r);
    JsonNode p = Browserless.read(r.body());
    assertEquals(status, p.path("status").asInt(), r.body());
    assertTrue(!p.path("detail").asText().isBlank(), "a detail sentence: " + r.body());
    if (parameter != null) {
      assertEquals(parameter, p.path("parameter").asText(), "names the parameter: " + r.body());
    }
    String word = databaseWord(r.body());
    assertTrue(word == null, "no database words ('" + word + "'): " + r.body());
    return p;
  }
}
