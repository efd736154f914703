package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;

/**
 * A reporter claims IX.4 done on 01/09/2022 (due 30/09/2022), filed on the tests' day: a fake PDF is refused in
 * Vietnamese before anything is sent, a real one then sends; the report waits for review. On the saved report
 * the author adds a file (a fake one refused first) and removes one. An editor opens the review queue: the
 * pending claim comes first; rejecting needs a reason; rejected, then accepted, the task becomes on time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewFlowIT extends MapBrowserTest {
  private static Path fake;
  private static Path pdf;

  @BeforeAll
  static void start() throws IOException {
    startWithoutBasemap();
    Browserless.account(server.database, "lan", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    Browserless.account(server.database, "minh", Role.EDITOR, List.of());
    fake = Files.createTempFile("planmap-fake-", ".pdf");
    Files.writeString(fake, "<script>alert(1)</script>");
    pdf = Files.createTempFile("planmap-bien-ban-", ".pdf");
    Files.write(pdf, "%PDF-1.4\n% planmap test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static String timeliness(Browser b, String code) {
    return (String) b.js("const t = window.planmap.task(arguments[0]); return t && t.timeliness", code);
  }

  @Test
  @Order(1)
  void aRefusedAttachmentThenAGoodOneSendsAndTheClaimWaitsForReview() {
    browser.open(server.url("/#sel=task:IX.4"));
    assertEquals("", browser.signIn("lan", Browserless.PASSWORD));
    browser.visible("#pm-panel [data-action=report][data-code='IX.4']").click();
    browser.visible("#pm-report-form");
    new Select(browser.find("#pm-report-status")).selectByValue("done");
    browser.setValue("#pm-report-date", "2022-09-01");
    browser.find("#pm-report-files").sendKeys(fake.toString());
    browser.waitFor("the fake PDF named", d -> browser.find("#pm-report-error").getText().contains("nội dung tệp"));
    browser.find("#pm-report-submit").click();
    assertTrue(browser.find("#pm-report-dialog").isDisplayed(), "nothing was sent: the form stays open");
    assertEquals(0, Browserless.read(server.get("/tasks/IX.4/reports").body()).path("reports").size());
    browser.screenshot("40-attachment-refused");

    browser.js("document.querySelector('#pm-report-files').value = ''"); // a person picks again: a new choice
    browser.find("#pm-report-files").sendKeys(pdf.toString());
    browser.waitFor("the error cleared", d -> browser.find("#pm-report-error").getText().isEmpty());
    assertTrue(browser.find("#pm-report-submit").isEnabled(), "the send button still works");
    browser.find("#pm-report-submit").click();
    browser.waitFor("the dialog to close", d -> !browser.find("#pm-report-dialog").isDisplayed());
    var reports = Browserless.read(server.get("/tasks/IX.4/reports").body()).path("reports");
    assertEquals(1, reports.size());
    assertEquals("pending", reports.get(0).path("review").asText());
    assertEquals(1, reports.get(0).path("attachments").size());
    browser.waitFor("the card's review state", d -> browser.find("#pm-reports").getText().contains("Chờ duyệt"));
    assertTrue(browser.find("#pm-reports").getText().contains("Gửi lúc: 27/11/2026"), "the filed-at date");
    assertEquals("overdue", timeliness(browser, "IX.4"), "a pending claim does not count");
  }

  @Test
  @Order(2)
  void theAuthorAddsAndRemovesAFileOnTheSavedReport() {
    browser.open(server.url("/#sel=task:IX.4"));
    browser.waitFor("the reports", d -> "true".equals(browser.find("#pm-reports").getAttribute("data-loaded")));
    browser.find("#pm-reports .pm-report input[type=file]").sendKeys(fake.toString());
    browser.waitFor("the refusal in words", d -> browser.find("#pm-reports .pm-attach-message").getText()
        .contains("nội dung tệp"));
    browser.find("#pm-reports .pm-report input[type=file]").sendKeys(pdf.toString());
    browser.waitFor("two files", d -> browser.findAll("#pm-reports .pm-attachments li").size() == 2);
    browser.find("#pm-reports [data-action=remove-attachment]").click();
    browser.waitFor("one file", d -> browser.findAll("#pm-reports .pm-attachments li").size() == 1);
    browser.screenshot("41-attachments-on-saved-report");
  }

  @Test
  @Order(3)
  void anEditorRejectsWithAReasonThenAcceptsAndTheTaskIsOnTime() {
    try (Browser editor = Browser.start()) {
      editor.open(server.url("/#sel=task:IX.4"));
      assertTrue(editor.findAll("#pm-review").get(0).getAttribute("hidden") != null, "no queue for viewers");
      assertEquals("", editor.signIn("minh", Browserless.PASSWORD));
      editor.visible("#pm-review").click();
      String item = "#pm-review-dialog .pm-review-item";
      editor.visible(item);
      editor.waitFor("the pending claim first", d -> "pending".equals(editor.find(item).getAttribute("data-review"))
          && editor.find(item).getText().contains("IX.4") && editor.find(item).getText().contains("01/09/2022"));
      editor.find("#pm-review-dialog .pm-review-item [data-action=reject]").click();
      assertTrue(editor.find("#pm-review-dialog .pm-review-error").getText().contains("lý do"), "a reason is needed");
      editor.find("#pm-review-dialog .pm-review-reason-input").sendKeys("Chưa có văn bản chứng minh");
      editor.find("#pm-review-dialog .pm-review-item [data-action=reject]").click();
      editor.waitFor("rejected", d -> "rejected".equals(editor.find("#pm-review-dialog .pm-review-item")
          .getAttribute("data-review")));
      assertTrue(editor.find("#pm-review-dialog").getText().contains("Chưa có văn bản chứng minh"));
      editor.screenshot("42-review-rejected");
      editor.find("#pm-review-dialog .pm-review-item [data-action=accept]").click();
      editor.waitFor("accepted", d -> "accepted".equals(editor.find("#pm-review-dialog .pm-review-item")
          .getAttribute("data-review")));
      editor.find("#pm-review-dialog [data-action=close]").click();
      editor.waitFor("the task on time", d -> "on_time".equals(timeliness(editor, "IX.4")));

      editor.find("#pm-annual").click();
      String row = "#pm-annual-dialog tr[data-indicator='income-per-capita-2025']";
      editor.visible(row);
      editor.find(row + " .pm-actual-value").sendKeys("98,5");
      editor.find(row + " [data-action=save-actual]").click();
      editor.waitFor("saved", d -> editor.find("#pm-annual-dialog tr[data-indicator='income-per-capita-2025']"
          + " .pm-actual-message").getText().equals("Đã lưu."));
      assertTrue(server.get("/indicators").body().contains("\"year\":2026,\"value\":98.5"), "the actual value");
      assertTrue(editor.find("#pm-annual-docx").getAttribute("href").endsWith("/annual-report?year=2026&format=docx&lang=vi"));
      editor.screenshot("43-annual-dialog");
      assertEquals(List.of(), editor.severeLogs(m -> false), "editor: JavaScript console errors");
    }
    browser.open(server.url("/#sel=task:IX.4"));
    browser.waitFor("the outcome on the reporter's card", d -> browser.find("#pm-reports").getText()
        .contains("Đã chấp nhận"));
    assertFalse(browser.find("#pm-panel").getText().contains("Quá hạn"), "no longer overdue");
  }
}
