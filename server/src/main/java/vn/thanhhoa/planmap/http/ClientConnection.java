package vn.thanhhoa.planmap.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import vn.thanhhoa.planmap.net.AddressRanges;

/**
 * How the client reached planmap, judged once per request: over HTTPS or not, and from which address.
 * A request is HTTPS when it came over planmap's own TLS, or from a trusted proxy ({@code PLANMAP_TRUSTED_PROXIES})
 * that says {@code X-Forwarded-Proto: https}; the client's address is the socket's, or, from a trusted proxy, the
 * nearest untrusted address of {@code X-Forwarded-For}. From anyone else both headers are ignored.
 */
public final class ClientConnection implements Routes {
  private static final String ATTRIBUTE = "planmap.connection";

  private final AddressRanges trustedProxies;

  /** What was judged of one request. */
  public record Judged(boolean https, String address) {}

  public ClientConnection(AddressRanges trustedProxies) {
    this.trustedProxies = trustedProxies;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.before(ctx -> ctx.attribute(ATTRIBUTE, judge(ctx.req().isSecure(), ctx.req().getRemoteAddr(),
        headers(ctx, "X-Forwarded-Proto"), headers(ctx, "X-Forwarded-For"))));
  }

  /**
   * @param secure        whether the socket is TLS
   * @param peer          the socket's remote address
   * @param forwardedProto every {@code X-Forwarded-Proto} value, in order
   * @param forwardedFor  every {@code X-Forwarded-For} value, in order
   */
  public Judged judge(boolean secure, String peer, List<String> forwardedProto, List<String> forwardedFor) {
    if (!trustedProxies.contains(peer)) {
      return new Judged(secure, peer);
    }
    String proto = forwardedProto.isEmpty() ? "" : forwardedProto.get(0).split(",")[0].strip();
    return new Judged(secure || proto.equalsIgnoreCase("https"), forwardedClient(peer, forwardedFor));
  }

  /** From the right (the hop nearest planmap): the first address that is no trusted proxy. */
  private String forwardedClient(String peer, List<String> forwardedFor) {
    String client = peer;
    List<String> hops = forwardedFor.stream().flatMap(h -> java.util.Arrays.stream(h.split(",")))
        .map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!AddressRanges.isLiteral(hop)) {
        return client;
      }
      client = hop;
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return client;
  }

  private static List<String> headers(Context ctx, String name) {
    return Collections.list(ctx.req().getHeaders(name));
  }

  /** Whether the request reached planmap over HTTPS (the session cookie is then {@code Secure}). */
  public static boolean https(Context ctx) {
    Judged j = ctx.attribute(ATTRIBUTE);
    return j != null ? j.https() : ctx.req().isSecure();
  }

  /** The client's address (for the sign-in throttle). */
  public static String address(Context ctx) {
    Judged j = ctx.attribute(ATTRIBUTE);
    return j != null ? j.address() : ctx.ip();
  }
}
