package vn.thanhhoa.planmap.http;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.thanhhoa.planmap.text.PlainText;

/**
 * Checks what every request carries before any route reads it: each query parameter's name and value
 * and each path segment must be well-formed percent-encoding ({@code %} and two hex digits) of UTF-8
 * text that {@link PlainText} accepts. A failure is a 400 naming the parameter (or "path"), so no route
 * meets a value its decoder would choke on. Runs as the first before-handler, for every path.
 */
public final class RequestGuard {
  private RequestGuard() {}

  /** Throws {@link BadRequestException} for the first malformed query parameter or path segment. */
  public static void check(Context ctx) {
    String query = ctx.queryString();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&", -1)) {
        int eq = pair.indexOf('=');
        String rawName = eq < 0 ? pair : pair.substring(0, eq);
        String name = decode(rawName, true);
        String shown = name != null ? name : shorten(rawName);
        if (name == null) {
          throw new BadRequestException(shown, "the name of query parameter '" + shown + "' is not valid"
              + " percent-encoded UTF-8");
        }
        text(name, name, "the name of query parameter '" + name + "'");
        if (eq >= 0) {
          String value = decode(pair.substring(eq + 1), true);
          if (value == null) {
            throw new BadRequestException(name, "query parameter '" + name + "' is not valid percent-encoded UTF-8"
                + " (a '%' must start an escape such as %20 or %C3%A1)");
          }
          text(name, value, "query parameter '" + name + "'");
        }
      }
    }
    String path = ctx.req().getRequestURI();
    for (String segment : path.split("/", -1)) {
      String decoded = decode(segment, false);
      if (decoded == null) {
        throw new BadRequestException("path", "the path is not valid percent-encoded UTF-8");
      }
      text("path", decoded, "the path");
    }
  }

  private static void text(String parameter, String value, String what) {
    String problem = PlainText.problem(value, false);
    if (problem != null) {
      throw new BadRequestException(parameter, what + " " + problem);
    }
  }

  /**
   * Strict percent-decoding: null when a {@code %} is not followed by two hex digits or the bytes are
   * not UTF-8. In a query, {@code +} is a space.
   */
  static String decode(String raw, boolean query) {
    if (raw.indexOf('%') < 0 && !(query && raw.indexOf('+') >= 0)) {
      return raw;
    }
    ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
            || Character.digit(raw.charAt(i + 2), 16) < 0) {
          return null;
        }
        bytes.put((byte) (Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16)));
        i += 2;
      } else if (c == '+' && query) {
        bytes.put((byte) ' ');
      } else {
        int cp = raw.codePointAt(i);
        bytes.put(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp) - 1;
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String shorten(String raw) {
    return raw.length() > 60 ? raw.substring(0, 60) + "…" : raw;
  }
}
