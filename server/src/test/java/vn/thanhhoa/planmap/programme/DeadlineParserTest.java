package vn.thanhhoa.planmap.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineParserTest {
  private final DeadlineParser parser = new DeadlineParser();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Quý I/2022            | 2022-03-31",
      "Quý II/2022           | 2022-06-30",
      "Quý III/2022          | 2022-09-30",
      "Quý IV/2022           | 2022-12-31",
      "Quý I/2023            | 2023-03-31",
      "quý iv/2023           | 2023-12-31",
      "QUÝ II / 2024         | 2024-06-30",
      "Tháng 6/2022          | 2022-06-30",
      "Tháng 2/2024          | 2024-02-29",
      "Tháng 12/2022         | 2022-12-31",
      "trước ngày 31/3/2022  | 2022-03-31",
      "Trước ngày 15/10/2022 | 2022-10-15",
      "Trước tháng 7/2022    | 2022-06-30",
      "Trước tháng 1/2023    | 2022-12-31",
      "Gửi Sở Kế hoạch và Đầu tư để tổng hợp chung vào nhiệm vụ IV.1 trước ngày 31/3/2022 | 2022-03-31",
      "Báo cáo UBND tỉnh, trình Thủ tướng Chính phủ xem xét, phê duyệt trong Quý I/2022  | 2022-03-31",
  })
  void datedForms(String text, LocalDate due) {
    Deadline d = parser.parse(text);
    assertEquals(due, d.due());
    assertEquals(text, d.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Trong thời gian thực hiện Nghị quyết",
      "Trong quá trình thực hiện Nghị quyết",
      "trong quá trình thực hiện nghị quyết",
      "Trong quá trình thực  hiện Nghị quyết"})
  void ongoingForms(String text) {
    Deadline d = parser.parse(text);
    assertTrue(d.ongoing());
    assertTrue(d.dueDate().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Sớm", "Quý V/2022", "Tháng 13/2022", "trước ngày 31/2/2022", "2022", "Năm 2023"})
  void unknownOrImpossibleFormsAreErrors(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(text));
    assertTrue(e.getMessage().contains("deadline"), e.getMessage());
  }
}
