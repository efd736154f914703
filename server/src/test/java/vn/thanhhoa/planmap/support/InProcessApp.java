package vn.thanhhoa.planmap.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.http.ErrorMapping;
import vn.thanhhoa.planmap.http.Routes;

/**
 * Route groups a test gives, with planmap's one error funnel ({@link ErrorMapping}, as {@code App} registers it) and
 * JSON mapper, on a free loopback port and without a database: for route handlers and before-handlers whose data a
 * test can hold in memory. (The static files, the request guard and the security headers are {@code App}'s, tested
 * with it.)
 */
public final class InProcessApp implements AutoCloseable {
  private final Javalin javalin;
  private final HttpClient client = HttpClient.newHttpClient();

  public InProcessApp(Routes... routes) {
    ObjectMapper mapper = Json.mapper();
    this.javalin = Javalin.create(cfg -> {
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = "127.0.0.1";
      cfg.jetty.port = 0;
      new ErrorMapping(mapper).register(cfg);
      List.of(routes).forEach(r -> r.register(cfg.routes));
    }).start();
  }

  /** A request to this app's {@code path} (with its query), to be completed and sent by {@link #send}. */
  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + pathAndQuery));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return client.send(request.build(), body);
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(request(pathAndQuery));
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
