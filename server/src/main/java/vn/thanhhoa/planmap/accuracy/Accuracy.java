package vn.thanhhoa.planmap.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * A structured statement of how certain a geometry is.
 *
 * @param accuracyClass how it was obtained
 * @param metres        radius of the stated uncertainty, metres, in (0, {@value #MAX_METRES}]
 * @param source        the public sources it was drawn from, as written (Vietnamese in geodata/); required
 *                      from editors and geodata/, "" only for places stored before it was
 * @param sourceEn      the same in English, "" when only one language was given
 */
public record Accuracy(AccuracyClass accuracyClass, double metres, String source, String sourceEn) {
  /** The largest uncertainty that can be stated: beyond it a place is not on the city's map at all. */
  public static final double MAX_METRES = 100_000;
  /** The smallest: a survey's centimetre. */
  public static final double MIN_METRES = 0.01;
  public static final int MAX_SOURCE = 1000;
  private static final Set<String> FIELDS = Set.of("class", "metres", "source", "source_en");

  public Accuracy {
    if (!(metres >= MIN_METRES && metres <= MAX_METRES)) {
      throw new IllegalArgumentException("accuracy metres must be in [" + MIN_METRES + ", " + MAX_METRES + "]: " + metres);
    }
    source = source == null ? "" : source;
    sourceEn = sourceEn == null ? "" : sourceEn;
  }

  /**
   * Reads {@code {"class": "schematic", "metres": 600, "source": "…", "source_en": "…"}} (source_en
   * optional), as PATCH /edit/features/{id} and the import take it.
   *
   * @param field the body's field name, for the problem's parameter ({@code accuracy})
   * @throws BadRequestException naming {@code field.class}, {@code field.metres} or {@code field.source}
   */
  public static Accuracy fromJson(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      throw new BadRequestException(field, "'" + field + "' must be an object {\"class\", \"metres\", \"source\"}");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!FIELDS.contains(name)) {
        throw new BadRequestException(field + "." + name, "unknown field '" + name + "' in '" + field + "'", FIELDS);
      }
    }
    JsonNode c = node.get("class");
    AccuracyClass cls = c != null && c.isTextual() ? AccuracyClass.of(c.asText()).orElse(null) : null;
    if (cls == null) {
      throw new BadRequestException(field + ".class", "'" + field + ".class' must be one of " + AccuracyClass.ids(),
          AccuracyClass.ids());
    }
    JsonNode m = node.get("metres");
    if (m == null || !m.isNumber() || !(m.asDouble() >= MIN_METRES && m.asDouble() <= MAX_METRES)) {
      throw new BadRequestException(field + ".metres", "'" + field + ".metres' must be a number of metres from "
          + MIN_METRES + " to " + (long) MAX_METRES + " (the radius of the uncertainty)");
    }
    String source = text(node, "source", field);
    if (source == null || source.isEmpty()) {
      throw new BadRequestException(field + ".source", "'" + field + ".source' is required: name the public source"
          + " or the plan the geometry comes from");
    }
    String sourceEn = text(node, "source_en", field);
    return new Accuracy(cls, m.asDouble(), source, sourceEn == null ? "" : sourceEn);
  }

  /** Metres as a JSON number without a spurious fraction: 600 rather than 600.0, 0.5 as it is. */
  public static BigDecimal plain(double metres) {
    BigDecimal d = BigDecimal.valueOf(metres).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** The source in the interface's language: English falls back to the source as written. */
  public String source(boolean english) {
    return english && !sourceEn.isEmpty() ? sourceEn : source;
  }

  private static String text(JsonNode node, String name, String field) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    String path = field + "." + name;
    if (!v.isTextual()) {
      throw new BadRequestException(path, "'" + path + "' must be text");
    }
    String s = SearchText.nfc(v.asText()).strip();
    if (s.length() > MAX_SOURCE) {
      throw new BadRequestException(path, "'" + path + "' is longer than " + MAX_SOURCE + " characters", MAX_SOURCE);
    }
    if (s.chars().anyMatch(ch -> ch < 0x20)) {
      throw new BadRequestException(path, "'" + path + "' holds control characters");
    }
    return s;
  }
}
