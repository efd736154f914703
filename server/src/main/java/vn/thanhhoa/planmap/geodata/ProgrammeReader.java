package vn.thanhhoa.planmap.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thanhhoa.planmap.programme.Deadline;
import vn.thanhhoa.planmap.programme.DeadlineParser;

/** Reads and checks {@code geodata/programme/}: sections, agencies, tasks and indicators. */
final class ProgrammeReader {
  private static final Pattern TASK_CODE = Pattern.compile("^[IVX]+(\\.[0-9]+)?$");
  private static final Set<String> AGENCY_KINDS = Set.of("department", "city", "province", "group", "other");

  private final JsonArrayReader json;
  private final DeadlineParser deadlines = new DeadlineParser();

  ProgrammeReader(JsonArrayReader json) {
    this.json = json;
  }

  ProgrammeData read(Path dir) {
    List<ProgrammeData.Section> sections = sections(dir.resolve("sections.json"));
    List<ProgrammeData.Agency> agencies = agencies(dir.resolve("agencies.json"));
    Set<String> sectionCodes = new HashSet<>();
    sections.forEach(s -> sectionCodes.add(s.code()));
    Set<String> agencyIds = new HashSet<>();
    agencies.forEach(a -> agencyIds.add(a.id()));
    List<ProgrammeData.Task> tasks = tasks(dir.resolve("tasks.json"), sectionCodes, agencyIds);
    List<ProgrammeData.Indicator> indicators = indicators(dir.resolve("indicators.json"));
    return new ProgrammeData(sections, agencies, tasks, indicators);
  }

  private List<ProgrammeData.Section> sections(Path file) {
    List<ProgrammeData.Section> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Located e : json.rootArray(file)) {
      String code = e.text("code");
      if (!seen.add(code)) {
        throw e.error("duplicate section code " + code);
      }
      out.add(new ProgrammeData.Section(code, e.text("title_vi"), e.text("title_en")));
    }
    return out;
  }

  private List<ProgrammeData.Agency> agencies(Path file) {
    List<ProgrammeData.Agency> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Located e : json.rootArray(file)) {
      String id = Ids.check(e, e.text("id"));
      if (!seen.add(id)) {
        throw e.error("duplicate agency id " + id);
      }
      String kind = e.text("kind");
      if (!AGENCY_KINDS.contains(kind)) {
        throw e.error("agency kind must be one of " + AGENCY_KINDS + ", was: " + kind);
      }
      out.add(new ProgrammeData.Agency(id, e.text("name_vi"), e.optionalText("short_vi"), e.text("name_en"), kind,
          e.texts("aliases")));
    }
    return out;
  }

  private List<ProgrammeData.Task> tasks(Path file, Set<String> sections, Set<String> agencies) {
    List<ProgrammeData.Task> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Located e : json.rootArray(file)) {
      String code = e.text("code");
      if (!TASK_CODE.matcher(code).matches()) {
        throw e.error("task code must look like IV.10 or II, was: " + code);
      }
      if (!seen.add(code)) {
        throw e.error("duplicate task code " + code);
      }
      String section = e.text("section");
      if (!sections.contains(section) || !(code.equals(section) || code.startsWith(section + "."))) {
        throw e.error("task " + code + " names section " + section + ", which is unknown or not its own");
      }
      List<String> leads = agencyIds(e, "lead", agencies);
      List<String> partners = agencyIds(e, "partners", agencies);
      Deadline deadline;
      try {
        deadline = deadlines.parse(e.text("deadline_text"));
      } catch (IllegalArgumentException ex) {
        throw e.error("task " + code + ": " + ex.getMessage());
      }
      JsonNode number = e.node().get("number");
      out.add(new ProgrammeData.Task(code, section, number == null || number.isNull() ? null : number.asInt(),
          e.text("content"), e.optionalText("note"), leads, e.text("lead_text"), partners,
          orEmpty(e.optionalText("partners_text")), orEmpty(e.optionalText("product")), deadline.text(),
          deadline.due()));
    }
    return out;
  }

  private static List<String> agencyIds(Located e, String field, Set<String> agencies) {
    List<String> ids = e.texts(field);
    for (String id : ids) {
      if (!agencies.contains(id)) {
        throw e.error("unknown agency id '" + id + "' in " + field);
      }
    }
    return ids;
  }

  private List<ProgrammeData.Indicator> indicators(Path file) {
    List<ProgrammeData.Indicator> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Located e : json.rootArray(file)) {
      String id = Ids.check(e, e.text("id"));
      if (!seen.add(id)) {
        throw e.error("duplicate indicator id " + id);
      }
      JsonNode value = e.node().get("value");
      if (value == null || !value.isNumber()) {
        throw e.error("indicator " + id + " needs a numeric 'value'");
      }
      JsonNode year = e.node().get("year");
      out.add(new ProgrammeData.Indicator(id, e.text("section"), e.text("name_vi"), e.text("name_en"),
          new BigDecimal(value.asText()), e.text("unit"), e.text("unit_en"),
          year == null || year.isNull() ? null : year.asInt(), e.optionalText("period"), e.text("source_text")));
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
