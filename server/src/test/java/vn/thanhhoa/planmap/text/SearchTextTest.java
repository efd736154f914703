package vn.thanhhoa.planmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Đại lộ Bắc Sông Mã   | dai lo bac song ma",
      "ĐẠI LỘ BẮC SÔNG MÃ   | dai lo bac song ma",
      "dai lo bac song ma   | dai lo bac song ma",
      "Hàm Rồng – Núi Đọ    | ham rong nui do",
      "Sở KH&ĐT             | so kh dt",
      "  Hải Thượng Lãn Ông | hai thuong lan ong",
      "Quý I/2023           | quy i 2023",
  })
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
