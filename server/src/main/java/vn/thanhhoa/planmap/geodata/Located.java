package vn.thanhhoa.planmap.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * One element of a source data file, with where it starts, so errors can point at it.
 *
 * @param node the element
 * @param file the file it came from
 * @param line 1-based line where the element starts
 */
public record Located(JsonNode node, Path file, int line) {

  /** An error about this element. */
  public GeodataException error(String message) {
    return new GeodataException(file, line, message);
  }

  /** A required non-blank text field, NFC-normalized. */
  public String text(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw error("missing or empty text field '" + field + "'");
    }
    return SearchText.nfc(v.asText().strip());
  }

  /** An optional text field, NFC-normalized; null when absent or JSON null. */
  public String optionalText(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw error("field '" + field + "' must be text");
    }
    return SearchText.nfc(v.asText().strip());
  }

  /** An optional array of texts (empty when absent), NFC-normalized. */
  public List<String> texts(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw error("field '" + field + "' must be an array of texts");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw error("field '" + field + "' must hold only texts");
      }
      out.add(SearchText.nfc(e.asText().strip()));
    }
    return out;
  }
}
