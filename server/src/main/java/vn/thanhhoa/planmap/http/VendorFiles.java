package vn.thanhhoa.planmap.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The front-end libraries planmap serves itself (never a CDN), at {@code /vendor/{library}/{file}}, read from the
 * class path (the WebJars and the npm copies inside the server's jar) through the class loader's own jar handle.
 * One route for all of them: each static-file handler over the jar would mount it as a zip file system of its own
 * (~10 MB of index per mount, several mounts per handler), which a 192 MB heap cannot afford.
 *
 * <p>Answers: 200 with the file's media type and a day of public caching; 404 (problem+json) for an unknown
 * library, a file not in it, or a path that climbs ({@code ..}) or starts with {@code /}.
 */
public final class VendorFiles implements Routes {
  private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$");
  private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "mjs",
      "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png", "svg", "image/svg+xml",
      "map", "application/json", "json", "application/json");

  private final Map<String, String> roots;

  /** @param roots each library's name in the URL → its folder on the class path (no leading or trailing slash) */
  public VendorFiles(Map<String, String> roots) {
    this.roots = Map.copyOf(roots);
  }

  @Override
  public void register(RoutesConfig routes) {
    Routes.getAndHead(routes, "/vendor/{library}/<file>", this::serve);
  }

  private void serve(Context ctx) throws IOException {
    String root = roots.get(ctx.pathParam("library"));
    String file = ctx.pathParam("file");
    String extension = file.substring(file.lastIndexOf('.') + 1);
    if (root == null || !SAFE.matcher(file).matches() || file.contains("..") || !TYPES.containsKey(extension)) {
      throw new NotFoundException("no such file: /vendor/" + ctx.pathParam("library") + "/" + file);
    }
    InputStream in = VendorFiles.class.getClassLoader().getResourceAsStream(root + "/" + file);
    if (in == null) {
      throw new NotFoundException("no such file: /vendor/" + ctx.pathParam("library") + "/" + file);
    }
    try (in) {
      ctx.contentType(TYPES.get(extension)).header("Cache-Control", "public, max-age=86400").result(in.readAllBytes());
    }
  }
}
