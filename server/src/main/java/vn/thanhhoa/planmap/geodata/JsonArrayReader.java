package vn.thanhhoa.planmap.geodata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the elements of a JSON array in a file, each with the line it starts on. */
final class JsonArrayReader {
  private final ObjectMapper mapper;

  JsonArrayReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The elements of the file's root array. */
  List<Located> rootArray(Path file) {
    return read(file, null);
  }

  /** The elements of the array in the root object's field, e.g. a FeatureCollection's "features". */
  List<Located> fieldArray(Path file, String field) {
    return read(file, field);
  }

  private List<Located> read(Path file, String field) {
    if (!Files.isRegularFile(file)) {
      throw new GeodataException(file, 0, "file not found");
    }
    try (JsonParser p = mapper.createParser(file.toFile())) {
      JsonToken first = p.nextToken();
      if (field == null) {
        expect(file, p, first, JsonToken.START_ARRAY, "a JSON array");
        return elements(file, p);
      }
      expect(file, p, first, JsonToken.START_OBJECT, "a JSON object");
      List<Located> found = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals(field)) {
          expect(file, p, value, JsonToken.START_ARRAY, "an array in '" + field + "'");
          found = elements(file, p);
        } else {
          p.skipChildren();
        }
      }
      if (found == null) {
        throw new GeodataException(file, 0, "no '" + field + "' array");
      }
      return found;
    } catch (JsonProcessingException e) {
      throw new GeodataException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (NoSuchFileException e) {
      throw new GeodataException(file, 0, "file not found", e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  private static List<Located> elements(Path file, JsonParser p) throws IOException {
    List<Located> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int line = p.currentTokenLocation().getLineNr();
      JsonNode node = p.readValueAsTree();
      if (node == null || !node.isObject()) {
        throw new GeodataException(file, line, "expected a JSON object");
      }
      out.add(new Located(node, file, line));
    }
    return out;
  }

  private static void expect(Path file, JsonParser p, JsonToken actual, JsonToken wanted, String what) {
    if (actual != wanted) {
      throw new GeodataException(file, p.currentTokenLocation().getLineNr(), "expected " + what);
    }
  }
}
