package vn.thanhhoa.planmap.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangesTest {
  private static final AddressRanges OFFICE = AddressRanges.parse("127.0.0.1, 10.20.0.0/16 192.168.1.0/25,fd00::/8");

  @ParameterizedTest
  @CsvSource({
      "127.0.0.1, true", "127.0.0.2, false", "10.20.255.1, true", "10.21.0.1, false", "192.168.1.127, true",
      "192.168.1.128, false", "fd12::1, true", "fe80::1, false", "::ffff:10.20.0.9, true", "'[fd00::5]', true",
      "example.org, false", "'', false"})
  void containsExactlyItsRanges(String address, boolean inside) {
    assertEquals(inside, OFFICE.contains(address), address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"proxy.local", "10.0.0.0/33", "10.0.0.0/x", "fd00::/129", "1.2.3"})
  void refusesWhatIsNoLiteralAddressOrRange(String entry) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse(entry));
    assertTrue(e.getMessage().contains(entry), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", ", ,"})
  void emptyMeansNone(String list) {
    assertTrue(AddressRanges.parse(list).isEmpty());
    assertFalse(AddressRanges.parse(list).contains("127.0.0.1"));
  }
}
