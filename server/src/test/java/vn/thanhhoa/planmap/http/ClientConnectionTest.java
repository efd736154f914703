package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.net.AddressRanges;

class ClientConnectionTest {
  private static final ClientConnection BEHIND_NGINX = new ClientConnection(AddressRanges.parse("10.0.0.5, 10.0.1.0/24"));

  @ParameterizedTest(name = "from {0}: proto ''{1}'', for ''{2}'' → https {3}, client {4}")
  @CsvSource(delimiter = '|', value = {
      "10.0.0.5    | https       |                          | true  | 10.0.0.5",
      "10.0.0.5    | HTTPS, http | 192.168.3.4              | true  | 192.168.3.4",
      "10.0.0.5    | http        | 192.168.3.4              | false | 192.168.3.4",
      "10.0.0.5    |             | 1.1.1.1, 192.168.3.4     | false | 192.168.3.4",
      "10.0.0.5    |             | 192.168.3.4, 10.0.1.7    | false | 192.168.3.4",
      "10.0.0.5    |             | 10.0.1.8, 10.0.1.7       | false | 10.0.1.8",
      "10.0.0.5    |             | nonsense, 192.168.3.4    | false | 192.168.3.4",
      "10.0.0.5    |             | 192.168.3.4, nonsense    | false | 10.0.0.5",
      "192.168.3.4 | https       | 203.0.113.1              | false | 192.168.3.4"})
  void believesForwardedHeadersOnlyFromTrustedProxies(String peer, String proto, String forwardedFor,
      boolean https, String client) {
    ClientConnection.Judged j = BEHIND_NGINX.judge(false, peer, proto == null ? List.of() : List.of(proto),
        forwardedFor == null ? List.of() : List.of(forwardedFor));
    assertEquals(new ClientConnection.Judged(https, client), j);
  }

  @ParameterizedTest
  @CsvSource({"true, 192.168.3.4", "false, 192.168.3.4"})
  void ownTlsIsHttpsWhoeverAsks(boolean secure, String peer) {
    assertEquals(secure, new ClientConnection(AddressRanges.NONE).judge(secure, peer, List.of("https"), List.of())
        .https());
  }
}
