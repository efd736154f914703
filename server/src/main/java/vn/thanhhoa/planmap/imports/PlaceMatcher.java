package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * Finds the existing places an imported feature may be: by name (folded as search folds it, so case and
 * diacritics do not matter; Dice coefficient of the words, a whole-phrase containment counting 0.8) and by
 * overlap (intersection over union of the areas, in PostGIS). The score combines both as
 * {@code 1 − (1 − name)(1 − overlap)}; the best {@link #MAX_MATCHES} above {@link #MIN_SCORE} are kept.
 */
final class PlaceMatcher {
  static final int MAX_MATCHES = 5;
  static final double MIN_SCORE = 0.3;
  private static final double MIN_OVERLAP = 0.05;
  /** Attribute names that hold a feature's name, folded, most telling first. */
  private static final List<String> NAME_KEYS = List.of("name", "ten", "ten du an", "ten khu", "ten cong trinh",
      "ten duong", "tendoan", "label", "title", "text", "layer");

  /** One candidate place for an imported feature. */
  record Match(String feature, String layer, String name, double score, double nameScore, double overlap) {}

  private record Place(String id, String layer, String name, String folded, String foldedEn) {}

  private final Jdbc jdbc;

  PlaceMatcher(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** The matches of each feature, by index. */
  Map<Integer, List<Match>> match(List<ImportedFeature> features) {
    return jdbc.transaction("matching imported features to places", tx -> {
      List<Place> places = tx.list("imports/select_places", rs -> new Place(rs.getString(1), rs.getString(2),
          rs.getString(3), SearchText.fold(rs.getString(3)), SearchText.fold(rs.getString(4))));
      Map<String, Place> byId = new HashMap<>();
      places.forEach(p -> byId.put(p.id(), p));
      String[] idx = features.stream().map(f -> String.valueOf(f.index())).toArray(String[]::new);
      String[] wkt = features.stream().map(f -> f.geometry().toText()).toArray(String[]::new);
      Map<Integer, Map<String, Double>> overlaps = new HashMap<>();
      tx.list("imports/select_overlaps", rs -> overlaps.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
          .put(rs.getString(2), rs.getDouble(3)), idx, wkt, MIN_OVERLAP);
      Map<Integer, List<Match>> out = new HashMap<>();
      for (ImportedFeature f : features) {
        String name = SearchText.fold(nameOf(f.properties()));
        Map<String, Double> over = overlaps.getOrDefault(f.index(), Map.of());
        List<Match> matches = new ArrayList<>();
        for (Place p : places) {
          double n = name.isEmpty() ? 0 : Math.max(nameScore(name, p.folded()), nameScore(name, p.foldedEn()));
          double o = over.getOrDefault(p.id(), 0.0);
          double score = 1 - (1 - n) * (1 - o);
          if (score >= MIN_SCORE) {
            matches.add(new Match(p.id(), p.layer(), p.name(), round(score), round(n), round(o)));
          }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::feature));
        out.put(f.index(), matches.subList(0, Math.min(MAX_MATCHES, matches.size())));
      }
      return out;
    });
  }

  /** The feature's name: the first non-blank attribute among the usual name fields, or "" when none. */
  static String nameOf(ObjectNode properties) {
    Map<String, String> byFoldedKey = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
        byFoldedKey.putIfAbsent(SearchText.fold(e.getKey()), e.getValue().asText().strip());
      }
    }
    for (String key : NAME_KEYS) {
      String v = byFoldedKey.get(key);
      if (v != null && v.codePoints().anyMatch(Character::isLetter)) {
        return SearchText.nfc(v);
      }
    }
    return "";
  }

  /** How alike two folded names are, 0–1. */
  static double nameScore(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.equals(b)) {
      return 1;
    }
    Set<String> wa = new HashSet<>(List.of(a.split(" ")));
    Set<String> wb = new HashSet<>(List.of(b.split(" ")));
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    double dice = 2.0 * common.size() / (wa.size() + wb.size());
    boolean contained = (" " + b + " ").contains(" " + a + " ") || (" " + a + " ").contains(" " + b + " ");
    return contained ? Math.max(dice, 0.8) : dice;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
