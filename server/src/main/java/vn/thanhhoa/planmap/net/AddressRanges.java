package vn.thanhhoa.planmap.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list of IP addresses and CIDR ranges (IPv4 and IPv6), such as {@code 127.0.0.1, 10.0.0.0/8, fd00::/8}:
 * the reverse proxies planmap believes. Only literal addresses: parsing never asks DNS.
 */
public final class AddressRanges {
  private record Range(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }
  }

  private final List<Range> ranges;
  private final String text;

  private AddressRanges(List<Range> ranges, String text) {
    this.ranges = ranges;
    this.text = text;
  }

  /** No address at all. */
  public static final AddressRanges NONE = new AddressRanges(List.of(), "");

  /**
   * Parses a comma- or space-separated list; empty or blank gives {@link #NONE}.
   *
   * @throws IllegalArgumentException naming the entry that is no IP address or CIDR range
   */
  public static AddressRanges parse(String list) {
    List<Range> out = new ArrayList<>();
    for (String entry : list.split("[,\\s]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      int slash = entry.indexOf('/');
      byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash))
          .orElseThrow(() -> new IllegalArgumentException("'" + entry + "' is no IP address or CIDR range"));
      int prefix = network.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > network.length * 8) {
          throw new IllegalArgumentException("'" + entry + "' has a prefix length outside 0–" + network.length * 8);
        }
      }
      out.add(new Range(network, prefix));
    }
    return out.isEmpty() ? NONE : new AddressRanges(List.copyOf(out), String.join(", ", list.trim().split("[,\\s]+")));
  }

  /** Whether the address (a literal, as a socket reports it) lies in one of the ranges; false for anything else. */
  public boolean contains(String address) {
    if (ranges.isEmpty() || address == null) {
      return false;
    }
    Optional<byte[]> bytes = literal(address);
    return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Whether the text is a literal IPv4 or IPv6 address. */
  public static boolean isLiteral(String s) {
    return literal(s).isPresent();
  }

  /** The bytes of a literal IPv4 or IPv6 address (an IPv4-mapped IPv6 address gives the IPv4 bytes), never DNS. */
  static Optional<byte[]> literal(String s) {
    String a = s.strip();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    boolean v4 = a.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean v6 = a.contains(":") && a.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+");
    if (!v4 && !v6) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(a).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
