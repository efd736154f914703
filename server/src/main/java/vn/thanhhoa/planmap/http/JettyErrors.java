package vn.thanhhoa.planmap.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers in planmap's format: the errors Jetty raises before a request reaches a
 * route (a malformed request line, 414 URI too long, 431 headers too large, an ambiguous or badly encoded
 * URI, a NUL in the path) become {@code application/problem+json} bodies like those of {@link ErrorMapping},
 * never Jetty's HTML page, never Jetty's message or a stack trace. Installed as the server's and the
 * servlet context's error handler.
 */
public final class JettyErrors extends ErrorHandler {
  /**
   * Most bytes of a request's head (request line and header fields; Jetty's {@code requestHeaderSize}): more is a
   * 414 (a longer URI) or a 431 (larger headers). 32 KiB, so that a CQL2 {@code filter} with a polygon of a few
   * hundred vertices fits in a URI (see {@code FilterParams.MAX_FILTER_LENGTH}); Jetty's default is 8 KiB.
   */
  public static final int MAX_REQUEST_HEAD_BYTES = 32 * 1024;
  private final ObjectMapper mapper;

  public JettyErrors(ObjectMapper mapper) {
    this.mapper = mapper;
    setShowStacks(false);
    setShowCauses(false);
  }

  /** Every method gets a body (Jetty's default writes one only for GET, POST and HEAD). */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  /** Errors met while reading the request line and headers, before there is a request to answer. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    return ByteBuffer.wrap(body(status));
  }

  /** Errors Jetty answers for a request it parsed but will not route (ambiguous URI, bad encoding …). */
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  /** The problem body of a status, in planmap's words. */
  byte[] body(int status) {
    Problem p = new Problem("about:blank", title(status), status, detail(status), status == 400 ? "request" : null,
        null);
    try {
      return mapper.writeValueAsBytes(p);
    } catch (JsonProcessingException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 408 -> "Request timeout";
      case 413 -> "Payload too large";
      case 414 -> "URI too long";
      case 431 -> "Request header fields too large";
      case 501 -> "Not implemented";
      case 505 -> "HTTP version not supported";
      default -> status >= 500 ? "Internal server error" : "Bad request";
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 -> "the request is malformed: its request line, path or headers could not be read (a bad percent"
          + " escape, a control character or an ambiguous path such as one holding %2F or %00)";
      case 408 -> "the request took too long to arrive";
      case 413 -> "the request body is larger than planmap accepts";
      case 414 -> "the URI is longer than planmap accepts (32 KB); send fewer or shorter parameters";
      case 431 -> "the request headers are larger than planmap accepts (32 KB); clear this site's cookies";
      case 501, 505 -> "planmap does not support this method or protocol version";
      default -> status >= 500 ? "planmap could not answer this request; the error is logged on the server."
          : "the request could not be handled";
    };
  }
}
