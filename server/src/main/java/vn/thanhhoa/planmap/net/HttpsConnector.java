package vn.thanhhoa.planmap.net;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Jetty's HTTPS connector for built-in TLS: HTTP/1.1 over TLS 1.2 or 1.3 with the key store of
 * {@link PemKeyStore}. The host name a browser asks for is not checked against the certificate (an office
 * reaches the server by name or by address; the browser does its own check).
 */
public final class HttpsConnector {
  private HttpsConnector() {}

  /** A connector bound to host and port (0: any free port), for Javalin's {@code jetty.addConnector}. */
  public static Connector create(Server server, HttpConfiguration http, PemKeyStore.Loaded keys, String host,
      int port) {
    http.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStore(keys.keyStore());
    tls.setKeyStorePassword(keys.password());
    tls.setCertAlias(PemKeyStore.ALIAS);
    tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
        new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }
}
