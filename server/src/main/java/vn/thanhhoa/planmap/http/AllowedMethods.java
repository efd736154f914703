package vn.thanhhoa.planmap.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.InternalRouter;
import java.util.List;
import java.util.function.Supplier;

/**
 * A method the route table does not route for a path it does route is a 405 whose {@code Allow} header
 * lists, from the route table itself, the methods that path takes. Runs as a before-handler for every
 * request, ahead of sign-in checks, so a wrong method is never mistaken for a missing session.
 */
public final class AllowedMethods {
  private final Supplier<InternalRouter> router;

  /** @param router the app's router (read at request time, once the routes are registered) */
  public AllowedMethods(Supplier<InternalRouter> router) {
    this.router = router;
  }

  /** Throws a 405 problem (with {@code Allow} set) when the path is routed for other methods only. */
  public void check(Context ctx) {
    HandlerType method = ctx.method();
    if (method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
      return; // answered by Javalin (HEAD of a GET) and the CORS plugin (preflight)
    }
    InternalRouter r = router.get();
    String path = ctx.path();
    if (r.findFirstHttpHandlerEntry(method, path) != null) {
      return;
    }
    List<String> allowed = HandlerType.values().stream().filter(HandlerType::isHttpMethod)
        .filter(t -> r.findFirstHttpHandlerEntry(t, path) != null).map(HandlerType::name).toList();
    if (allowed.isEmpty()) {
      return; // not a route: a static file or a 404
    }
    String allow = String.join(", ", allowed);
    ctx.header("Allow", allow);
    throw new ProblemException(405, "Method not allowed", method.name() + " is not allowed on " + path
        + "; it allows " + allow, java.util.Map.of("allowed", allowed));
  }
}
