package vn.thanhhoa.planmap.geodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.Json;

/**
 * The project's own geodata, checked file by file without a database: the programme is transcribed
 * completely and verbatim from the seed, and every place is drawn, linked and honest about accuracy.
 */
class ProjectGeodataTest {
  private static final Path GEODATA = Path.of("..", "geodata").toAbsolutePath().normalize();
  private static final Path SEED = GEODATA.resolve("sources").resolve("000_9a810d1871f1e48b.txt");
  private static ProgrammeData programme;
  private static LayerData layers;
  private static String seed;

  @BeforeAll
  static void read() throws IOException {
    JsonArrayReader json = new JsonArrayReader(Json.mapper());
    programme = new ProgrammeReader(json).read(GEODATA.resolve("programme"));
    Set<String> codes = programme.tasks().stream().map(ProgrammeData.Task::code).collect(Collectors.toSet());
    layers = new LayerReader(json).read(GEODATA.resolve("layers"), codes);
    assertTrue(Files.isRegularFile(SEED), "the programme's text is expected at " + SEED);
    seed = squash(Files.readString(SEED));
  }

  /** Whitespace folded to single spaces, page numbers and table headers of the PDF text dropped. */
  private static String squash(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("(?m)^\\s*\\d{1,2}\\s*$", " ")
        .replaceAll("\\s+", " ").strip();
  }

  @Test
  void everyAppendixRowIsPresentOnceWithTheSourcesCountPerSection() {
    Map<String, Long> perSection = new TreeMap<>(programme.tasks().stream()
        .collect(Collectors.groupingBy(ProgrammeData.Task::section, Collectors.counting())));
    assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("I", 1L), Map.entry("II", 1L), Map.entry("III", 2L),
        Map.entry("IV", 10L), Map.entry("V", 3L), Map.entry("VI", 3L), Map.entry("VII", 4L), Map.entry("VIII", 5L),
        Map.entry("IX", 5L), Map.entry("X", 1L), Map.entry("XI", 4L))), perSection);
    Set<String> codes = new HashSet<>();
    programme.tasks().forEach(t -> assertTrue(codes.add(t.code()), "once: " + t.code()));
    assertEquals(11, programme.sections().size());
  }

  /**
   * The appendix is PDF text: a cell may be cut by a page break and the repeated table header, or
   * interleaved with the other columns. So a field counts as verbatim when its words occur in the
   * appendix in the same order, each within a few words of the previous one.
   */
  @Test
  void taskTextsAreVerbatimFromTheSeed() {
    String[] appendix = seed.substring(seed.indexOf("PHỤ LỤC")).split(" ");
    for (ProgrammeData.Task t : programme.tasks()) {
      for (String field : List.of(t.content(), t.leadText(), t.product(), t.deadlineText())) {
        assertTrue(inOrder(appendix, squash(field).split(" "), 120), t.code() + ": " + field);
      }
    }
  }

  private static boolean inOrder(String[] text, String[] words, int maxGap) {
    for (int start = 0; start < text.length; start++) {
      if (!text[start].equals(words[0])) {
        continue;
      }
      int at = start;
      int matched = 1;
      while (matched < words.length) {
        int next = -1;
        for (int j = at + 1; j < Math.min(text.length, at + 1 + maxGap); j++) {
          if (text[j].equals(words[matched])) {
            next = j;
            break;
          }
        }
        if (next < 0) {
          break;
        }
        at = next;
        matched++;
      }
      if (matched == words.length) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "IV.10 | ubnd-thanh-pho-thanh-hoa | Quý I/2023                            | 2023-03-31",
      "IV.1  | so-ke-hoach-dau-tu       | Tháng 4/2022                          | 2022-04-30",
      "IV.4  | ban-quan-ly-kkt-nghi-son-cac-kcn | Quý IV/2022                   | 2022-12-31",
      "VII.2 | so-thong-tin-truyen-thong | Trước tháng 6/2022                   | 2022-05-31",
      "XI.2  | so-noi-vu                | Trước tháng 7/2022                    | 2022-06-30",
      "VI.2  | so-giao-thong-van-tai    | Trong thời gian thực hiện Nghị quyết  | ",
      "I     | so-thong-tin-truyen-thong | Trong quá trình thực hiện Nghị quyết | ",
  })
  void leadsDeadlinesAndDueDates(String code, String lead, String deadline, LocalDate due) {
    ProgrammeData.Task t = programme.tasks().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    assertTrue(t.leads().contains(lead), code + " leads " + t.leads());
    assertEquals(deadline, t.deadlineText());
    assertEquals(due, t.due());
  }

  @Test
  void embeddedDeadlinesAreReadFromTheirSentence() {
    for (String code : List.of("IV.2", "V.3", "III.1")) {
      ProgrammeData.Task t = programme.tasks().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
      assertEquals(LocalDate.of(2022, 3, 31), t.due(), code + ": " + t.deadlineText());
    }
  }

  @Test
  void sayingTheSameAgencyTwoWaysStillGivesOneAgency() {
    Set<String> names = new HashSet<>();
    for (ProgrammeData.Agency a : programme.agencies()) {
      assertTrue(names.add(a.nameVi().toLowerCase()), "one agency per name: " + a.nameVi());
      assertFalse(a.nameVi().endsWith(","), a.nameVi());
    }
    ProgrammeData.Agency kh = programme.agencies().stream().filter(a -> a.id().equals("so-ke-hoach-dau-tu"))
        .findFirst().orElseThrow();
    assertEquals("Sở KH&ĐT", kh.shortVi());
  }

  @ParameterizedTest
  @ValueSource(strings = {"IV.4", "IV.7", "IV.8", "IV.10", "VI.1", "VI.2", "VIII.2", "VIII.4", "IX.3"})
  void everyTaskThatNamesAPlaceHasAFeature(String code) {
    assertTrue(layers.features().stream().anyMatch(f -> f.tasks().contains(code)), code);
  }

  @Test
  void theLayersTheProgrammeNeedsAreAllThere() {
    Set<String> ids = layers.layers().stream().map(LayerData.Layer::id).collect(Collectors.toSet());
    assertEquals(Set.of("centres", "urban-areas", "roads", "industrial-zones", "stalled-projects", "facilities",
        "context", "river", "facility-areas", "stalled-project-areas"), ids);
    assertEquals(6, layers.features().stream().filter(f -> f.layerId().equals("centres")).count(), "six centres");
    assertEquals(4, layers.features().stream().filter(f -> f.layerId().startsWith("stalled-project")).count());
    assertTrue(layers.features().stream().anyMatch(f -> f.id().equals("dai-lo-bac-song-ma")
        && f.name().equals("Đại lộ Bắc Sông Mã") && f.geometry().getGeometryType().equals("LineString")));
  }

  @Test
  void everyLayerHoldsOneGeometryTypeSoThatGisClientsDrawEveryFeature() {
    java.util.Map<String, Set<String>> types = new java.util.TreeMap<>();
    for (LayerData.Feature f : layers.features()) {
      types.computeIfAbsent(f.layerId(), k -> new java.util.TreeSet<>())
          .add(f.geometry().getGeometryType().replace("Multi", ""));
    }
    types.forEach((layer, t) -> assertEquals(1, t.size(), layer + " mixes " + t));
    for (LayerData.Layer l : layers.layers()) {
      if (l.group() != null) {
        assertTrue(layers.layers().stream().anyMatch(p -> p.id().equals(l.group()) && p.group() == null),
            l.id() + "'s group is a layer of its own");
      }
    }
  }

  @Test
  void everyPlaceQuotesTheProgrammeAndStatesItsAccuracy() {
    for (LayerData.Feature f : layers.features()) {
      assertFalse(f.accuracy().isBlank(), f.id());
      assertTrue(f.accuracy().matches("(?s).*±\\s?\\d.*|(?s).*(boundary|traced).*"), f.id() + ": " + f.accuracy());
      if (!f.layerId().equals("context") && !f.layerId().equals("river")) {
        assertTrue(seed.contains(squash(f.sourceText())), f.id() + " source_text is the programme's: " + f.sourceText());
      }
    }
  }

  @Test
  void accuracyNotesNamePublicSourcesInBothLanguagesNeverOurFiles() {
    // our reference material by file or by our own words for it ("the gazetteer", "the river trace")
    java.util.regex.Pattern ourFiles = java.util.regex.Pattern.compile(
        "[\\w-]+\\.(tsv|csv|md|geojson|json)\\b|\\.(geojson|json|csv)\\b|projects-notes|reference(/| README)"
            + "|gazetteer|\\btraces?\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    for (LayerData.Feature f : layers.features()) {
      var a = f.structuredAccuracy();
      for (String note : List.of(f.accuracy(), f.accuracyVi(), a.source(), a.sourceEn(), f.sourceText())) {
        assertFalse(ourFiles.matcher(note).find(), f.id() + " names an internal file: " + note);
      }
      assertFalse(a.source().isBlank(), f.id() + " has a Vietnamese source note");
      assertFalse(a.sourceEn().isBlank(), f.id() + " has an English source note");
      assertFalse(a.source().equals(a.sourceEn()), f.id() + " source notes are translated");
    }
  }

  /** "±1.500 m", "±700 m": the uncertainty as Vietnamese writes it (dot for thousands, comma for decimals). */
  private static final java.util.regex.Pattern VI_PLUS_MINUS =
      java.util.regex.Pattern.compile("±\\s?(\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?|\\d+)\\s?m\\b");

  @Test
  void everyPlaceSaysInVietnameseHowItWasDrawnWithTheSameUncertainty() {
    for (LayerData.Feature f : layers.features()) {
      String vi = f.accuracyVi();
      assertFalse(vi.isBlank(), f.id() + " has a Vietnamese accuracy sentence");
      assertTrue(Normalizer.isNormalized(vi, Normalizer.Form.NFC), f.id() + " is NFC: " + vi);
      assertFalse(vi.matches("(?s).*\\d{4,}\\s?(m|ha|km)\\b.*"), f.id() + " writes thousands with a dot: " + vi);
      double largest = 0;
      var m = VI_PLUS_MINUS.matcher(vi);
      while (m.find()) {
        assertFalse(m.group(1).length() > 3 && !m.group(1).contains("."),
            f.id() + " writes ±1.500, not ±1500: " + vi);
        largest = Math.max(largest, Double.parseDouble(m.group(1).replace(".", "").replace(',', '.')));
      }
      assertEquals(f.structuredAccuracy().metres(), largest, f.id() + ": accuracy_m is the largest ± of " + vi);
    }
  }

  /** Numbers as English writes them (1,500; 19.80750) and as Vietnamese does (1.500; 19,80750). */
  private static final java.util.regex.Pattern EN_NUMBER =
      java.util.regex.Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
  private static final java.util.regex.Pattern VI_NUMBER =
      java.util.regex.Pattern.compile("\\d+(?:\\.\\d{3})*(?:,\\d+)?");

  @Test
  void theVietnameseSentenceKeepsEveryFigureOfTheEnglishOne() {
    for (LayerData.Feature f : layers.features()) {
      List<String> vi = new java.util.ArrayList<>(
          VI_NUMBER.matcher(f.accuracyVi()).results().map(r -> r.group().replace(".", "").replace(',', '.')).toList());
      EN_NUMBER.matcher(f.accuracy()).results().map(r -> r.group().replace(",", "")).forEach(n ->
          assertTrue(vi.remove(n), f.id() + ": the Vietnamese sentence states " + n + " as the English one does: "
              + f.accuracyVi()));
    }
  }

  @Test
  void noPlaceClaimsToBeSurveyedAndTheGuessesSayHowFarOffTheyMayBe() {
    var classes = layers.features().stream()
        .collect(Collectors.groupingBy(f -> f.structuredAccuracy().accuracyClass(), Collectors.counting()));
    assertFalse(classes.containsKey(vn.thanhhoa.planmap.accuracy.AccuracyClass.SURVEYED), classes.toString());
    for (LayerData.Feature f : layers.features()) {
      var a = f.structuredAccuracy();
      switch (a.accuracyClass()) {
        case SCHEMATIC, NOT_LOCATED -> assertTrue(a.metres() >= 500, f.id() + " " + a);
        case FROM_PLAN -> assertTrue(f.layerId().equals("context"), f.id() + ": only the published boundaries");
        default -> assertTrue(a.metres() >= 30, f.id() + " " + a);
      }
    }
  }

  @Test
  void everyFileIsNfcUtf8() throws IOException {
    try (Stream<Path> files = Files.walk(GEODATA)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains("\uFFFD"), p + " is UTF-8");
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), p + " is NFC");
      }
    }
  }
}
