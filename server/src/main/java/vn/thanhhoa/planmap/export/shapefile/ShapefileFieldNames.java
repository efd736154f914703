package vn.thanhhoa.planmap.export.shapefile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dBASE field names (at most 10 ASCII characters) of a layer's properties in a Shapefile, by a
 * stable mapping that the export's README.txt spells out:
 *
 * <ol>
 *   <li>the common properties have fixed names: {@code id, name, name_en, kind, accuracy_class → acc_class,
 *       accuracy_m} (a number field), {@code accuracy, accuracy_vi → acc_vi, accuracy_source → acc_src,
 *       accuracy_source_en → acc_src_en, source_text → src_text}, {@code tasks} (task codes joined with "; ");
 *   <li>each extra property, in name order: diacritics removed, every character other than a–z, 0–9 and
 *       "_" replaced by "_", lower-cased, prefixed with "f_" unless it starts with a letter, and cut to 10
 *       characters;
 *   <li>a name already taken (ignoring case) gets a suffix "_1", "_2" … in place of its last characters
 *       ({@code ward_2022_name} and {@code ward_2022_note} → {@code ward_2022_}, {@code ward_202_1}).
 * </ol>
 *
 * The same layer properties always give the same names.
 */
public final class ShapefileFieldNames {
  /** Longest dBASE field name. */
  public static final int MAX_LENGTH = 10;

  private static final Map<String, String> COMMON = fixed();

  private final Map<String, String> names;

  private ShapefileFieldNames(Map<String, String> names) {
    this.names = Collections.unmodifiableMap(names);
  }

  /** The mapping for a layer whose features carry these extra properties (in any order). */
  public static ShapefileFieldNames of(List<String> extraProperties) {
    Map<String, String> out = new LinkedHashMap<>(COMMON);
    Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    taken.addAll(COMMON.values());
    for (String property : new TreeSet<>(extraProperties)) {
      if (out.containsKey(property)) {
        continue;
      }
      String name = unique(base(property), taken);
      taken.add(name);
      out.put(property, name);
    }
    return new ShapefileFieldNames(out);
  }

  /** Property name → field name, the common properties first, then the extras in name order. */
  public Map<String, String> byProperty() {
    return names;
  }

  /** The property names, in field order. */
  public List<String> properties() {
    return new ArrayList<>(names.keySet());
  }

  /** The field names, in field order. */
  public List<String> fields() {
    return new ArrayList<>(names.values());
  }

  private static String base(String property) {
    String ascii = Normalizer.normalize(property.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (ascii.isEmpty() || !Character.isLetter(ascii.charAt(0))) {
      ascii = "f_" + ascii;
    }
    return ascii.length() > MAX_LENGTH ? ascii.substring(0, MAX_LENGTH) : ascii;
  }

  private static String unique(String base, Set<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 1; ; n++) {
      String suffix = "_" + n;
      String stem = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()));
      if (!taken.contains(stem + suffix)) {
        return stem + suffix;
      }
    }
  }

  private static Map<String, String> fixed() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", "id");
    m.put("name", "name");
    m.put("name_en", "name_en");
    m.put("kind", "kind");
    m.put("accuracy_class", "acc_class");
    m.put("accuracy_m", "accuracy_m");
    m.put("accuracy", "accuracy");
    m.put("accuracy_vi", "acc_vi");
    m.put("accuracy_source", "acc_src");
    m.put("accuracy_source_en", "acc_src_en");
    m.put("source_text", "src_text");
    m.put("tasks", "tasks");
    return Collections.unmodifiableMap(m);
  }
}
