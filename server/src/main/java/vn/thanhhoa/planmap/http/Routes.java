package vn.thanhhoa.planmap.http;

import io.javalin.config.RoutesConfig;

/** A group of HTTP routes of one feature, registered on the app's config. */
public interface Routes {
  void register(RoutesConfig routes);
}
