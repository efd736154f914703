package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Debian's nginx run on loopback for a test, from a site file of the repository ({@code deploy/nginx/}) with the
 * test's ports, certificate and upstreams put in: every replaced text must be in the site exactly once, so that the
 * test fails when the deployed file drifts from what it checks. The access log records each request's upstream.
 */
public final class Nginx implements AutoCloseable {
  private static final String NGINX = "/usr/sbin/nginx";

  private final Process process;
  private final Path dir;

  private Nginx(Process process, Path dir) {
    this.process = process;
    this.dir = dir;
  }

  /**
   * Starts nginx with the site, its texts replaced, and waits until it listens on {@code port}.
   *
   * @param httpBlock more directives for the {@code http} block (e.g. an {@code upstream}), or ""
   */
  public static Nginx start(Path site, Map<String, String> replacements, String httpBlock, int port)
      throws IOException, InterruptedException {
    String text = Files.readString(site);
    for (Map.Entry<String, String> r : replacements.entrySet()) {
      int count = text.split(Pattern.quote(r.getKey()), -1).length - 1;
      if (count != 1) {
        throw new AssertionError(site + " should hold '" + r.getKey() + "' once, holds it " + count + " times");
      }
      text = text.replace(r.getKey(), r.getValue());
    }
    Path dir = Files.createTempDirectory("planmap-nginx-");
    Files.writeString(dir.resolve("planmap.conf"), text);
    Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
        "root".equals(System.getProperty("user.name")) ? "user root;" : "",
        "worker_processes 1;", "pid " + dir.resolve("nginx.pid") + ";", "error_log " + dir.resolve("error.log") + ";",
        "events { worker_connections 64; }",
        "http {",
        "  log_format upstream '$request $status $upstream_addr';",
        "  access_log " + dir.resolve("access.log") + " upstream;",
        "  client_body_temp_path " + dir.resolve("body") + "; proxy_temp_path " + dir.resolve("proxy") + ";",
        "  fastcgi_temp_path " + dir.resolve("fastcgi") + "; uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
        "  scgi_temp_path " + dir.resolve("scgi") + ";",
        httpBlock,
        "  include " + dir.resolve("planmap.conf") + ";",
        "}", ""));
    Process p = new ProcessBuilder(NGINX, "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
        "-c", dir.resolve("nginx.conf").toString(), "-g", "daemon off;")
        .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
    Nginx nginx = new Nginx(p, dir);
    Instant deadline = Instant.now().plusSeconds(30);
    while (!listening(port)) {
      if (!p.isAlive() || Instant.now().isAfter(deadline)) {
        nginx.close();
        throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("nginx.out"))
            + Files.readString(dir.resolve("error.log")));
      }
      Thread.sleep(100);
    }
    return nginx;
  }

  /** The access log so far: one line per request, "METHOD target HTTP/x status upstream-address". */
  public String accessLog() throws IOException {
    Path log = dir.resolve("access.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
