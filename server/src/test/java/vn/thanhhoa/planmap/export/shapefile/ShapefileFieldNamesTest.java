package vn.thanhhoa.planmap.export.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShapefileFieldNamesTest {

  @Test
  void commonPropertiesHaveFixedNames() {
    assertEquals(List.of("id", "name", "name_en", "kind", "acc_class", "accuracy_m", "accuracy", "acc_vi", "acc_src",
        "acc_src_en", "src_text", "tasks"),
        ShapefileFieldNames.of(List.of()).fields());
    assertEquals(ExportFeature.COMMON_COLUMNS, ShapefileFieldNames.of(List.of()).properties());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "ward_2025,          ward_2025",
      "status_note,        status_not",
      "Tên khác,           ten_khac",
      "Đường-dây (kV),     duong_day_",
      "2022_ward,          f_2022_war",
      "NAME,               name_1",
  })
  void anExtraPropertyIsFoldedAndCutToTenCharacters(String property, String field) {
    assertEquals(field, ShapefileFieldNames.of(List.of(property)).byProperty().get(property));
  }

  @Test
  void collisionsGetNumberedSuffixesInNameOrderWhateverTheInputOrder() {
    List<String> extras = List.of("ward_2022_note", "ward_2022_name", "ward_2022_names", "ward_2022_");
    ShapefileFieldNames names = ShapefileFieldNames.of(extras);
    assertEquals("ward_2022_", names.byProperty().get("ward_2022_"));
    assertEquals("ward_202_1", names.byProperty().get("ward_2022_name"));
    assertEquals("ward_202_2", names.byProperty().get("ward_2022_names"));
    assertEquals("ward_202_3", names.byProperty().get("ward_2022_note"));
    List<String> reversed = new ArrayList<>(extras);
    Collections.reverse(reversed);
    assertEquals(names.byProperty(), ShapefileFieldNames.of(reversed).byProperty(), "stable");
    names.fields().forEach(f -> assertTrue(f.length() <= ShapefileFieldNames.MAX_LENGTH, f));
  }
}
