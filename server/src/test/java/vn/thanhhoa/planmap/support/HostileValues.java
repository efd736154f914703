package vn.thanhhoa.planmap.support;

import java.util.List;

/** Hostile inputs of every kind, for the fuzzing of every route ({@code RouteFuzzIT}). */
public final class HostileValues {
  /** Hostile query and path values, already percent-encoded as they go on the request line. */
  public static final List<String> QUERY_VALUES = List.of(
      // malformed percent-encoding and bytes that are not UTF-8
      "%", "%zz", "a%", "%4", "%C3%28", "%ED%A0%80", "%FF%FE", "%E1%BB",
      // NUL, other control characters, noncharacters
      "a%00b", "%07", "%0D%0Ax", "%C2%85", "%EF%BF%BF", "%1B%5B31m",
      // numbers: huge, negative, extreme, not numbers
      "-1", "0", "99999999999999999999", "-9223372036854775809", "1e309", "NaN", "-Infinity", "0x10", "1.5",
      // dates far out of range, impossible or of another form
      "%2B999999999-12-31", "-4714-01-01", "0000-00-00", "2023-02-30", "1899-12-31", "2101-01-01",
      "2023-03-31T00%3A00%3A00Z",
      // very long values
      "a".repeat(1200), "%C3%A1".repeat(700),
      // wrong types
      "true", "%5B%5D", "%7B%7D", "null", "",
      // injection-like strings
      "%27%20OR%201%3D1--", "%27%3B%20DROP%20TABLE%20task%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "..%2F..%2Fetc%2Fpasswd", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "%25", "*", "%5C", "1,2,3", "-181,-91,181,91",
      "1,1,1,1,1,1,1,1,1");

  /** Hostile JSON values for one member of a write body. */
  public static final List<String> JSON_VALUES = List.of(
      "\"a\\u0000b\"", "\"\\u0007\"", "\"\\ud800\"", "\"x\\udc00\"", "\"\\uffff\"", "\"\"", "\"   \"",
      "\"" + "x".repeat(70_000) + "\"", "\"" + "á".repeat(5_000) + "\"", "123", "-1e309", "1e400", "-0",
      "99999999999999999999999", "true", "false", "\"yes\"", "[]", "{}", "null", "[null]", "[1]", "[\"XX.999\"]",
      "[\"a\\u0000\"]", "{\"a\\u0000\":1}", "\"9999-12-31\"", "\"-4714-01-01\"", "\"+999999999-12-31\"",
      "\"2023-02-30\"", "\"' OR 1=1--\"", "\"'; DROP TABLE task;--\"", "\"<script>alert(1)</script>\"",
      "\"=HYPERLINK(\\\"http://x\\\")\"", "{\"type\":\"Point\",\"coordinates\":[1e309,0]}",
      "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[0,1],[1,0],[0,0]]]}", "[".repeat(3000) + "]".repeat(3000));

  /** Whole bodies that are not what any write takes. */
  public static final List<String> BODIES = List.of("", "not json", "[]", "\"text\"", "{\"a\":", "{}", "null",
      "{\"zz_fuzz\":1,\"zz_fuzz\":2}", "{\"a\\u0000\":1}");

  private HostileValues() {}
}
