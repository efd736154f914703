package vn.thanhhoa.planmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentNameTest {

  @ParameterizedTest(name = "{0} checked as {1} → {2}")
  @CsvSource({
      "x.html, application/pdf, x.pdf",
      "quyet-dinh.pdf, application/pdf, quyet-dinh.pdf",
      "Báo cáo quý I.PDF, application/pdf, Báo cáo quý I.pdf",
      "ảnh hiện trạng, image/jpeg, ảnh hiện trạng.jpg",
      "ảnh.JPEG, image/jpeg, ảnh.jpeg",
      "ảnh.jpg, image/png, ảnh.png",
      "report.2024.exe, application/pdf, report.2024.pdf",
      ".htaccess, application/pdf, htaccess.pdf",
      "'   ', application/pdf, attachment.pdf",
      ".pdf, application/pdf, pdf.pdf"})
  void theExtensionIsTheCheckedTypes(String name, String type, String stored) {
    assertEquals(stored, AttachmentName.of(name, type));
  }

  @Test
  void bidiAndControlCharactersAreStripped() {
    // "invoice‮fdp.exe" shows as "invoiceexe.pdf" in a right-to-left override
    assertEquals("invoicefdp.pdf", AttachmentName.of("invoice\u202Efdp.exe", "application/pdf"));
    for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
        '\u2069', '\u200E', '\u200F', '\u200B', '\uFEFF', '\u0007', '\u001B', '\u007F', '\u0085'}) {
      assertEquals("ab.pdf", AttachmentName.of("a" + c + "b.pdf", "application/pdf"), Integer.toHexString(c));
    }
    assertEquals("a b.pdf", AttachmentName.of("a\tb.pdf", "application/pdf"), "a tab is a space");
    assertEquals("ab.pdf", AttachmentName.of("a\uD800b.pdf", "application/pdf"), "a lone surrogate goes");
  }

  @Test
  void namesAreNfcAndAtMost200Characters() {
    assertEquals("Thanh Hóa.pdf", AttachmentName.of("Thanh Ho\u0301a.pdf", "application/pdf"));
    String stored = AttachmentName.of("đ".repeat(300) + ".pdf", "application/pdf");
    assertEquals(AttachmentName.MAX_LENGTH, stored.length());
    assertTrue(stored.endsWith("đ.pdf"), stored);
  }
}
