package vn.thanhhoa.planmap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Counts read from the project's {@code geodata/} (what {@link TestServer#start()} loads), so that a test states
 * "every layer" or "the centres" rather than a number that goes stale when the data grows.
 */
public final class ProjectGeodata {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProjectGeodata() {}

  /** The layers of {@code layers/layers.json}. */
  public static int layers() {
    return read("layers", "layers.json").size();
  }

  /** The features of {@code layers/<layer>.geojson}. */
  public static int features(String layer) {
    return read("layers", layer + ".geojson").path("features").size();
  }

  /** The features of every layer linked to a task (its code in their {@code tasks}). */
  public static int linkedTo(String task) {
    int n = 0;
    for (JsonNode layer : read("layers", "layers.json")) {
      for (JsonNode f : read("layers", layer.path("id").asText() + ".geojson").path("features")) {
        for (JsonNode code : f.path("properties").path("tasks")) {
          n += code.asText().equals(task) ? 1 : 0;
        }
      }
    }
    return n;
  }

  /** The programme's tasks ({@code programme/tasks.json}). */
  public static int tasks() {
    return read("programme", "tasks.json").size();
  }

  /** The programme's sections ({@code programme/sections.json}). */
  public static int sections() {
    return read("programme", "sections.json").size();
  }

  /** The programme's numeric targets ({@code programme/indicators.json}). */
  public static int indicators() {
    return read("programme", "indicators.json").size();
  }

  private static JsonNode read(String folder, String file) {
    Path path = TestServer.GEODATA.resolve(folder).resolve(file);
    try {
      JsonNode node = MAPPER.readTree(path.toFile());
      if (node.size() == 0) {
        throw new IllegalStateException(path + " holds nothing");
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }
}
