package vn.thanhhoa.planmap.geodata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The programme as read from {@code geodata/programme/}, validated, ready to store. */
record ProgrammeData(List<Section> sections, List<Agency> agencies, List<Task> tasks, List<Indicator> indicators) {

  record Section(String code, String titleVi, String titleEn) {}

  record Agency(String id, String nameVi, String shortVi, String nameEn, String kind, List<String> aliases) {}

  record Task(
      String code,
      String section,
      Integer number,
      String content,
      String note,
      List<String> leads,
      String leadText,
      List<String> partners,
      String partnersText,
      String product,
      String deadlineText,
      LocalDate due) {}

  record Indicator(
      String id,
      String section,
      String nameVi,
      String nameEn,
      BigDecimal value,
      String unit,
      String unitEn,
      Integer year,
      String period,
      String sourceText) {}
}
