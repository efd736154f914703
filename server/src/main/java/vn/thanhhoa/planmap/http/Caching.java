package vn.thanhhoa.planmap.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * ETags and Cache-Control for read endpoints. An ETag is a digest of the data version, the day
 * ("overdue" changes at midnight), the path, the query and the format, so it changes when the data
 * changes. A matching {@code If-None-Match} answers 304 before any data is read.
 */
public final class Caching {
  private Caching() {}

  /**
   * Sets ETag and Cache-Control, and answers 304 when the client's copy is current.
   *
   * @return true when a 304 was sent and the handler must stop
   */
  public static boolean notModified(Context ctx, Object... parts) {
    StringBuilder key = new StringBuilder(ctx.path()).append('?').append(ctx.queryString()).append('|');
    for (Object p : parts) {
      key.append(p).append('|');
    }
    String etag = "W/\"" + digest(key.toString()) + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept, Accept-Encoding");
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      ctx.status(304);
      return true;
    }
    return false;
  }

  private static boolean matches(String header, String etag) {
    String opaque = etag.substring(2);
    for (String candidate : header.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || c.equals(etag) || c.equals(opaque) || c.equals("W/" + opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
