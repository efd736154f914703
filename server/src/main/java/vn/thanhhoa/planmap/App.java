package vn.thanhhoa.planmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.http.AllowedMethods;
import vn.thanhhoa.planmap.http.ClasspathFiles;
import vn.thanhhoa.planmap.http.ErrorMapping;
import vn.thanhhoa.planmap.http.JettyErrors;
import vn.thanhhoa.planmap.http.RequestGuard;
import vn.thanhhoa.planmap.http.SecurityHeaders;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.net.HttpsConnector;
import vn.thanhhoa.planmap.net.PemKeyStore;

/**
 * The planmap HTTP service, built from its dependencies (no statics): the route groups, the JSON
 * mapper and the configuration. {@link #start()} binds the port: HTTPS when the configuration has a certificate,
 * plain HTTP otherwise.
 */
public final class App {
  private final AppConfig config;
  private final ObjectMapper mapper;
  private final List<Routes> routes;
  private final PemKeyStore.Loaded tlsKeys;
  private Javalin javalin;

  /** @throws IllegalArgumentException when the TLS certificate or key cannot be read (naming the file) */
  public App(AppConfig config, ObjectMapper mapper, List<Routes> routes) {
    this.config = config;
    this.mapper = mapper;
    this.routes = routes;
    this.tlsKeys = config.tls() == null ? null : PemKeyStore.load(config.tls().cert(), config.tls().key());
  }

  /** Builds the Javalin instance (not started). */
  public Javalin javalin() {
    return Javalin.create(cfg -> {
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.http.compressionStrategy = CompressionStrategy.GZIP;
      cfg.http.defaultContentType = "application/json";
      cfg.http.maxRequestSize = 6L * 1024 * 1024;
      JettyErrors jettyErrors = new JettyErrors(mapper);
      cfg.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
      cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
      cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(JettyErrors.MAX_REQUEST_HEAD_BYTES));
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      if (tlsKeys != null) {
        cfg.jetty.addConnector((server, http) -> HttpsConnector.create(server, http, tlsKeys, config.host(),
            config.port()));
      }
      cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
        rule.anyHost();
        rule.exposeHeader("ETag");
      }));
      new ErrorMapping(mapper).register(cfg);
      SecurityHeaders headers = new SecurityHeaders(config.tileUrl());
      AllowedMethods methods = new AllowedMethods(() -> cfg.unsafe.internalRouter);
      cfg.routes.before(ctx -> {
        headers.apply(ctx);
        RequestGuard.check(ctx);
        methods.check(ctx);
      });
      routes.forEach(r -> r.register(cfg.routes));
      // the map's page and modules: web/ as packaged in the jar (the map itself is "/", ServiceRoutes)
      ClasspathFiles.site("web", WEB_FOLDERS, WEB_PAGES).register(cfg.routes);
      ClasspathFiles.vendor(Map.of(
          "leaflet", "META-INF/resources/webjars/leaflet/" + LEAFLET_VERSION + "/dist",
          "chartjs", "META-INF/resources/webjars/chart.js/" + CHARTJS_VERSION + "/dist",
          "lit-html", "META-INF/resources/webjars/lit-html/" + LIT_HTML_VERSION,
          "vectorgrid", "vendor-npm/leaflet.vectorgrid", // from npm at build (server/npm-vendor.sh)
          "markercluster", "vendor-npm/leaflet.markercluster")) // likewise
          .register(cfg.routes);
    });
  }

  /** The folders of web/ served at {@code /<folder>/…} (web/test holds the node tests and is not packaged). */
  static final List<String> WEB_FOLDERS = List.of("js", "css");

  /** The pages at web/'s top, served at {@code /<page>}. */
  static final List<String> WEB_PAGES = List.of("index.html", "quality.html");

  /** Leaflet's version, as packaged by its WebJar (pinned in the root pom). */
  static final String LEAFLET_VERSION = "1.9.4";

  /** Chart.js's version (the timeline and the dashboard), as packaged by its WebJar (pinned in the root pom). */
  static final String CHARTJS_VERSION = "4.5.1";

  /** lit-html's version (the front end's templates, web/js/html.js), as packaged by its WebJar (pinned in the root pom). */
  static final String LIT_HTML_VERSION = "3.3.1";

  /** Starts serving; returns the running instance. */
  public Javalin start() {
    javalin = javalin().start();
    return javalin;
  }

  /** One entry of the route table: an HTTP method and a path template ({@code /tasks/{code}}). */
  public record Route(String method, String path) {}

  /** The route table of the running app: every method and path a handler is registered for. */
  public List<Route> routeTable() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(h -> h.endpoint.method.isHttpMethod())
        .map(h -> new Route(h.endpoint.method.name(), h.endpoint.path))
        .distinct().toList();
  }

  public void stop() {
    if (javalin != null) {
      javalin.stop();
    }
  }
}
