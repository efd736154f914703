package vn.thanhhoa.planmap.net;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The server's certificate chain and private key, read from PEM files (as certbot, openssl or a city's CA
 * give them) into an in-memory key store for Jetty. Keys: PKCS#8 ({@code PRIVATE KEY}), PKCS#1
 * ({@code RSA PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}), not encrypted.
 */
public final class PemKeyStore {
  /** The alias of the key in the store. */
  public static final String ALIAS = "planmap";

  private PemKeyStore() {}

  /** A key store and the password that opens it (random, never written anywhere). */
  public record Loaded(KeyStore keyStore, String password) {}

  /**
   * @param certFile PEM file with the server's certificate first, then any intermediates
   * @param keyFile  PEM file with its private key
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static Loaded load(Path certFile, Path keyFile) {
    List<Certificate> chain = certificates(certFile);
    PrivateKey key = privateKey(keyFile);
    if (!((X509Certificate) chain.get(0)).getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
      throw new IllegalArgumentException(keyFile + " holds a " + key.getAlgorithm() + " key, but the certificate in "
          + certFile + " is for a " + ((X509Certificate) chain.get(0)).getPublicKey().getAlgorithm() + " key");
    }
    String password = java.util.UUID.randomUUID().toString();
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, key, password.toCharArray(), chain.toArray(new Certificate[0]));
      return new Loaded(store, password);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("the key in " + keyFile + " does not fit the certificate in " + certFile
          + ": " + e.getMessage(), e);
    }
  }

  private static List<Certificate> certificates(Path file) {
    List<Certificate> chain = new ArrayList<>();
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    try (PEMParser pem = parser(file)) {
      for (Object o = pem.readObject(); o != null; o = pem.readObject()) {
        if (o instanceof X509CertificateHolder holder) {
          chain.add(converter.getCertificate(holder));
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read the certificate " + file + ": " + e.getMessage(), e);
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }
    return chain;
  }

  private static PrivateKey privateKey(Path file) {
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    try (PEMParser pem = parser(file)) {
      for (Object o = pem.readObject(); o != null; o = pem.readObject()) {
        if (o instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
        if (o instanceof PEMKeyPair pair) {
          return converter.getKeyPair(pair).getPrivate();
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the private key " + file + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(file + " holds no unencrypted PEM private key (PRIVATE KEY, RSA PRIVATE KEY"
        + " or EC PRIVATE KEY); decrypt an encrypted one first (openssl pkey -in key.pem -out plain.pem)");
  }

  private static PEMParser parser(Path file) throws IOException {
    Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
    return new PEMParser(reader);
  }
}
