package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;

/**
 * An editor changes task VII.3's deadline from "Quý II/2022" (overdue on the fixed day, 27/11/2026) to
 * "Quý IV/2026" in the task's panel: the panel shows 31/12/2026 and the task list, the panel and the map's
 * data no longer call it overdue, without a page reload. A deadline in no known form is refused next to its
 * field and saves nothing; two editors saving the task: the second sees the conflict and keeps their values.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskEditingIT extends MapBrowserTest {
  private static final String TASK = "VII.3";

  @BeforeAll
  static void start() {
    startWithoutBasemap();
    Browserless.account(server.database, "an.editor", Role.EDITOR, List.of());
    Browserless.account(server.database, "binh.editor", Role.EDITOR, List.of());
  }

  /** The 400 and the 409 each test provokes on purpose, for this task only. */
  @Override
  Predicate<String> expectedConsoleErrors() {
    String status = switch (testName) {
      case "aDeadlineInNoKnownFormIsRefusedNextToTheFieldAndSavesNothing" -> "status of 400";
      case "theSecondOfTwoEditorsSeesTheConflictAndKeepsTheirValues" -> "status of 409";
      default -> null;
    };
    return m -> status != null && m.contains("/edit/tasks/" + TASK) && m.contains(status);
  }

  private static long dataVersion(Browser b) {
    return ((Number) b.js("return window.planmap.dataVersion")).longValue();
  }

  private static boolean overdueInBrowser(Browser b) {
    return Boolean.TRUE.equals(b.js("return window.planmap.task(arguments[0]).timeliness === 'overdue'", TASK));
  }

  private static JsonNode taskFromApi() {
    for (JsonNode task : server.json("/tasks", 200).path("tasks")) {
      if (TASK.equals(task.path("code").asText())) {
        return task;
      }
    }
    throw new AssertionError("no task " + TASK + " in /tasks");
  }

  /** The task's entry in the task list (its text even when the Tasks tab is not the one shown). */
  private static String listItem(Browser b) {
    return b.find("#pm-tabpanel-tasks [data-task='" + TASK + "']").getAttribute("textContent");
  }

  @Test
  @Order(1)
  void anEditorMovesTheDeadlineAndTheTaskIsNoLongerOverdue() {
    browser.open(server.url("/#sel=task:" + TASK));
    assertTrue(browser.findAll("#pm-task-edit").isEmpty(), "no Edit task for a viewer");
    assertTrue(overdueInBrowser(browser), "Quý II/2022 is overdue on 27/11/2026");
    assertTrue(listItem(browser).contains("Quá hạn"), listItem(browser));
    assertEquals("", browser.signIn("an.editor", Browserless.PASSWORD));
    WebElement button = browser.visible("#pm-task-edit");
    assertEquals("Sửa nhiệm vụ", button.getText());
    button.click();
    WebElement content = browser.visible("#pm-task-edit-content");
    assertEquals(content, browser.driver.switchTo().activeElement(), "the form opens with the content focused");
    assertTrue(content.getAttribute("value").startsWith("Hoàn chỉnh Đề án xây dựng thành phố Thanh Hóa"));
    WebElement deadline = browser.find("#pm-task-edit-deadline_text");
    assertEquals("Quý II/2022", deadline.getAttribute("value"));
    assertTrue(browser.find("#pm-task-edit-deadline-hint").getText().contains("Trong thời gian thực hiện Nghị quyết"));
    deadline.clear();
    deadline.sendKeys("Quý IV/2026");
    browser.screenshot("40-task-edit-form");
    long version = dataVersion(browser);
    deadline.sendKeys(Keys.ENTER); // the keyboard saves the form
    browser.waitFor("the reloaded data", d -> dataVersion(browser) > version);
    browser.waitFor("the task's panel", d -> browser.findAll("#pm-task-edit-form").isEmpty()
        && !browser.findAll("#pm-panel time").isEmpty());

    assertEquals("31/12/2026", browser.find("#pm-panel time").getText());
    assertTrue(browser.find("#pm-panel").getText().contains("Quý IV/2026"));
    assertTrue(browser.findAll("#pm-panel .pm-chip-overdue").isEmpty(), "the panel: not overdue");
    assertFalse(overdueInBrowser(browser), "the browser's task data: not overdue");
    assertFalse(listItem(browser).contains("Quá hạn"), "the task list: " + listItem(browser));
    JsonNode task = taskFromApi();
    assertEquals("2026-12-31", task.path("due_date").asText());
    assertEquals("open", task.path("timeliness").asText(), "due later: not overdue");
    browser.waitFor("the panel's history", d -> !browser.findAll("#pm-history[data-loaded=true]").isEmpty());
    assertTrue(browser.find("#pm-history").getText().contains("an.editor"), browser.find("#pm-history").getText());
    browser.screenshot("41-task-edit-saved");
  }

  @Test
  @Order(2)
  void aDeadlineInNoKnownFormIsRefusedNextToTheFieldAndSavesNothing() {
    browser.viewport(360, 740);
    try {
      browser.open(server.url("/#sel=task:" + TASK));
      browser.visible("#pm-task-edit").click();
      WebElement deadline = browser.visible("#pm-task-edit-deadline_text");
      deadline.clear();
      deadline.sendKeys("sớm nhất có thể");
      browser.find("#pm-task-edit-save").click();
      browser.waitFor("the refusal", d -> !browser.find("#pm-task-edit-deadline-error").getText().isEmpty());
      assertTrue(browser.find("#pm-task-edit-deadline-error").getText().startsWith("Thời hạn không đúng cách viết"),
          browser.find("#pm-task-edit-deadline-error").getText());
      assertEquals("true", deadline.getAttribute("aria-invalid"));
      assertEquals("sớm nhất có thể", deadline.getAttribute("value"), "the value stays to be corrected");
      assertEquals(360L, ((Number) browser.js("return document.documentElement.scrollWidth")).longValue(),
          "nothing wider than the phone");
      browser.screenshot("42-task-edit-bad-deadline-360");
      assertEquals("Quý IV/2026", taskFromApi().path("deadline_text").asText(), "nothing was saved");

      browser.find("#pm-lang").click();
      assertEquals("Deadline", browser.find("label[for=pm-task-edit-deadline_text]").getText());
      assertEquals("sớm nhất có thể", browser.find("#pm-task-edit-deadline_text").getAttribute("value"),
          "the language switch keeps the values");
      browser.find("#pm-lang").click();
    } finally {
      browser.viewport(null, null);
    }
  }

  @Test
  @Order(3)
  void theSecondOfTwoEditorsSeesTheConflictAndKeepsTheirValues() {
    browser.open(server.url("/#sel=task:" + TASK));
    browser.visible("#pm-task-edit").click();
    try (Browser other = Browser.start()) {
      other.open(server.url("/#sel=task:" + TASK));
      assertEquals("", other.signIn("binh.editor", Browserless.PASSWORD));
      other.visible("#pm-task-edit").click();
      WebElement theirs = other.visible("#pm-task-edit-product");
      theirs.clear();
      theirs.sendKeys("Đề án (Bình sửa)");
      other.find("#pm-task-edit-save").click();
      other.waitFor("binh's save", d -> other.findAll("#pm-task-edit-form").isEmpty());
      assertEquals(List.of(), other.severeLogs(m -> false), "binh: JavaScript console errors");
    }
    WebElement mine = browser.find("#pm-task-edit-product");
    mine.clear();
    mine.sendKeys("Đề án (An sửa)");
    browser.find("#pm-task-edit-save").click();
    browser.waitFor("the conflict", d -> !browser.findAll("#pm-task-edit-conflict .pm-conflict").isEmpty());
    String conflict = browser.find("#pm-task-edit-conflict").getText();
    assertTrue(conflict.contains("binh.editor") && conflict.contains("Đề án (Bình sửa)"), conflict);
    assertEquals("Đề án (An sửa)", browser.find("#pm-task-edit-product").getAttribute("value"), "my value is kept");
    browser.screenshot("43-task-edit-conflict");

    browser.find("#pm-edit-reapply").click();
    long version = dataVersion(browser);
    browser.find("#pm-task-edit-save").click();
    browser.waitFor("the save on top of binh's", d -> dataVersion(browser) > version);
    assertEquals("Đề án (An sửa)", taskFromApi().path("product").asText());
  }
}
