package vn.thanhhoa.planmap.http;

import io.javalin.config.RoutesConfig;

/** A group of HTTP routes of one feature, registered on the app's config. */
public interface Routes {
  void register(RoutesConfig routes);

  /** GET, and HEAD through the same handler: the same status and headers (ETag, Content-Type), no body. */
  static void getAndHead(io.javalin.config.RoutesConfig routes, String path, io.javalin.http.Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }
}
