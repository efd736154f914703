package vn.thanhhoa.planmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The server's folding and NFC; the folding cases are the browser's too. */
class SearchTextTest {

  /** The one table of folding cases, shared with the browser's test (web/test/fold.test.js). */
  private static final Path CASES = Path.of("..", "web", "test", "fold-cases.json");

  static Stream<Arguments> foldCases() throws IOException {
    JsonNode cases = new ObjectMapper().readTree(CASES.toFile()).path("cases");
    assertTrue(cases.size() >= 10, "the table " + CASES + " holds its cases");
    return StreamSupport.stream(cases.spliterator(), false)
        .map(c -> Arguments.of(c.get("text").isNull() ? null : c.get("text").asText(), c.get("folded").asText()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("foldCases")
  void foldsCaseDiacriticsAndPunctuation(String text, String folded) {
    assertEquals(folded, SearchText.fold(text));
  }

  @ParameterizedTest
  @CsvSource({"Thanh Hóa", "Đông Sơn", "Nguyệt Viên"})
  void decomposedAndComposedFoldAlike(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertEquals(SearchText.fold(text), SearchText.fold(nfd));
    assertEquals(text, SearchText.nfc(nfd));
    assertTrue(Normalizer.isNormalized(SearchText.nfc(nfd), Normalizer.Form.NFC));
  }
}
