package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import vn.thanhhoa.planmap.config.AppConfig;

/**
 * A self-signed certificate made by {@code openssl} for this test run (RSA 2048, two days), valid for
 * {@code localhost}, {@code planmap.test} and {@code 127.0.0.1}: its PEM files, and an SSL context that trusts it.
 */
public final class SelfSignedCertificate {
  public final Path cert;
  public final Path key;

  private SelfSignedCertificate(Path cert, Path key) {
    this.cert = cert;
    this.key = key;
  }

  /** Runs {@code openssl req -x509} in a new temporary folder. */
  public static SelfSignedCertificate make() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("planmap-tls-");
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=planmap.test", "-addext", "subjectAltName=DNS:planmap.test,DNS:localhost,IP:127.0.0.1",
        "-keyout", key.toString(), "-out", cert.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("openssl failed: " + out);
    }
    return new SelfSignedCertificate(cert, key);
  }

  /** The configuration's HTTPS settings for this certificate. */
  public AppConfig.Tls tls() {
    return new AppConfig.Tls(cert, key);
  }

  /** An SSL context that trusts this certificate (and nothing else). */
  public SSLContext trustingContext() {
    try (InputStream in = Files.newInputStream(cert)) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("planmap", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
