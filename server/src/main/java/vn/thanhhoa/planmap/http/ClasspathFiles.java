package vn.thanhhoa.planmap.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Files planmap serves from its class path (inside the server's jar), through the class loader's own jar handle:
 * the map's page and modules ({@link #site}) and the front-end libraries ({@link #vendor}; never a CDN). One route
 * per folder, so that no static-file handler mounts the jar as a zip file system of its own (~10 MB of index per
 * mount, several mounts per handler), which a 192 MB heap cannot afford.
 *
 * <p>Answers: 200 with the file's media type (UTF-8 for text); the site's files with {@code no-cache} and an ETag
 * of their content ({@link Caching}: a current copy is 304), the libraries (versioned by their path) with a day of
 * public caching; 404 (problem+json) for a file that is not there, of a type not served, or a path that climbs
 * ({@code ..}).
 */
public final class ClasspathFiles implements Routes {
  private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$");
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
      "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "png", "image/png", "svg", "image/svg+xml", "map", "application/json", "json", "application/json");

  private final List<String> paths;
  private final Function<Context, String> resource;
  private final boolean revalidate;
  private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

  private record Loaded(byte[] bytes, String digest) {}

  private ClasspathFiles(List<String> paths, Function<Context, String> resource, boolean revalidate) {
    this.paths = List.copyOf(paths);
    this.resource = resource;
    this.revalidate = revalidate;
  }

  /**
   * The map's own files: {@code /<folder>/…} for each folder and {@code /<page>} for each top-level page, read from
   * {@code root} on the class path; revalidated on every use (no-cache, ETag).
   *
   * @param root the site's folder on the class path (no leading or trailing slash)
   */
  public static ClasspathFiles site(String root, List<String> folders, List<String> pages) {
    List<String> paths = new java.util.ArrayList<>();
    folders.forEach(f -> paths.add("/" + f + "/<file>"));
    pages.forEach(p -> paths.add("/" + p));
    return new ClasspathFiles(paths, ctx -> root + ctx.path(), true);
  }

  /**
   * The libraries at {@code /vendor/{library}/{file}}, cached a day by browsers.
   *
   * @param roots each library's name in the URL → its folder on the class path (no leading or trailing slash)
   */
  public static ClasspathFiles vendor(Map<String, String> roots) {
    Map<String, String> libraries = Map.copyOf(roots);
    return new ClasspathFiles(List.of("/vendor/{library}/<file>"), ctx -> {
      String root = libraries.get(ctx.pathParam("library"));
      return root == null ? null : root + "/" + ctx.pathParam("file");
    }, false);
  }

  @Override
  public void register(RoutesConfig routes) {
    paths.forEach(p -> Routes.getAndHead(routes, p, this::serve));
  }

  private void serve(Context ctx) throws IOException {
    String name = resource.apply(ctx);
    String extension = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
    if (name == null || !SAFE.matcher(name).matches() || name.contains("..") || !TYPES.containsKey(extension)) {
      throw new NotFoundException("no such file: " + ctx.path());
    }
    Loaded file = revalidate ? loaded.get(name) : null; // the jar does not change while the server runs
    if (file == null) {
      byte[] bytes = read(name);
      if (bytes == null) {
        throw new NotFoundException("no such file: " + ctx.path());
      }
      file = new Loaded(bytes, revalidate ? digest(bytes) : null);
      if (revalidate) {
        loaded.put(name, file);
      }
    }
    ctx.contentType(TYPES.get(extension));
    if (!revalidate) {
      ctx.header("Cache-Control", "public, max-age=86400").result(file.bytes());
    } else if (!Caching.notModified(ctx, file.digest())) {
      ctx.result(file.bytes());
    }
  }

  /** The file's bytes, null when the class path has no such file. */
  private static byte[] read(String name) throws IOException {
    InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      return null;
    }
    try (in) {
      return in.readAllBytes();
    }
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
