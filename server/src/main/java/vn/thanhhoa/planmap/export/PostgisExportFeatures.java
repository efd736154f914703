package vn.thanhhoa.planmap.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.postgresql.PGStatement;
import vn.thanhhoa.planmap.db.DatabaseUnavailableException;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.db.Sql;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.LinkedTask;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.layer.FeatureFilter;
import vn.thanhhoa.planmap.layer.FeatureQuery;

/**
 * {@link ExportFeatures} over PostGIS: one query per layer ({@code sql/export/select_features.sql}, a server-side
 * cursor) that builds no JSON per row — the geometry comes as WKB, read with JTS's {@link WKBReader}, and the
 * linked tasks as codes, whose details are read once per export ({@code select_linked_tasks.sql}).
 */
public final class PostgisExportFeatures implements ExportFeatures {
  private static final int FETCH_SIZE = 2000;

  private final DataSource dataSource;
  private final Jdbc jdbc;
  private final ObjectMapper mapper;

  public PostgisExportFeatures(DataSource dataSource, ObjectMapper mapper) {
    this.dataSource = dataSource;
    this.jdbc = new Jdbc(dataSource);
    this.mapper = mapper;
  }

  @Override
  public Reader reader(FeatureQuery query, Crs crs) {
    Map<String, LinkedTask> tasks = linkedTasks(query);
    return (layerQuery, consumer) -> read(layerQuery, new Rows(tasks, new ExportGeometry(crs), mapper), consumer);
  }

  private void read(FeatureQuery layerQuery, Rows rows, Consumer<ExportFeature> consumer) {
    FeatureFilter filter = new FeatureFilter(layerQuery);
    jdbc.forEachRow("reading the features to export", filter.apply(Sql.named("export/select_features")),
        FETCH_SIZE, (conn, st) -> {
          // binary transfer from the first execution: the WKB arrives as bytes, not as hex text to decode
          st.unwrap(PGStatement.class).setPrepareThreshold(-1);
          int next = Jdbc.bindFrom(conn, st, 1, layerQuery.today(), layerQuery.asOf());
          next = Jdbc.bindFrom(conn, st, next, filter.values());
          st.setInt(next, layerQuery.limit());
        }, rs -> consumer.accept(rows.feature(rs)));
  }

  private Map<String, LinkedTask> linkedTasks(FeatureQuery query) {
    try (Connection conn = dataSource.getConnection();
        PreparedStatement st = conn.prepareStatement(Sql.named("export/select_linked_tasks"))) {
      Jdbc.bind(conn, st, query.today(), query.asOf());
      Map<String, LinkedTask> out = new LinkedHashMap<>(); // in programme order
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Date due = rs.getDate(5);
          out.put(rs.getString(1), new LinkedTask(rs.getString(1), text(rs, 2), text(rs, 3), text(rs, 4),
              due == null ? null : due.toLocalDate(), text(rs, 6), text(rs, 7)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("reading the tasks linked to the features to export", e);
    }
  }

  private static String text(ResultSet rs, int column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? "" : s;
  }

  /** Turns the rows of one layer's query into features. Not thread-safe (the WKB reader, the transform). */
  private static final class Rows {
    private final Map<String, LinkedTask> tasks;
    private final Map<String, Integer> order = new HashMap<>();
    private final ExportGeometry geometry;
    private final ObjectMapper mapper;
    private final WKBReader wkb = new WKBReader();

    Rows(Map<String, LinkedTask> tasks, ExportGeometry geometry, ObjectMapper mapper) {
      this.tasks = tasks;
      this.geometry = geometry;
      this.mapper = mapper;
      tasks.keySet().forEach(code -> order.put(code, order.size()));
    }

    ExportFeature feature(ResultSet rs) throws SQLException {
      String id = rs.getString(1);
      double accuracyM = rs.getDouble(12);
      Geometry wgs84;
      try {
        wgs84 = wkb.read(rs.getBytes(9));
      } catch (ParseException e) {
        throw new IllegalStateException("reading the geometry of feature " + id + ": " + e.getMessage(), e);
      }
      ExportGeometry.Pair g = geometry.of(wgs84, accuracyM);
      // the columns of select_features.sql, in order
      return new ExportFeature(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
          rs.getString(6), rs.getString(15), rs.getString(11), accuracyM, rs.getString(13), rs.getString(14),
          rs.getString(7), g.wgs84(), g.target(), linked(id, rs.getArray(10)), extras(id, rs.getString(8)), null);
    }

    private List<LinkedTask> linked(String id, Array codes) throws SQLException {
      String[] array = (String[]) codes.getArray();
      if (array.length == 0) {
        return List.of();
      }
      List<LinkedTask> out = new ArrayList<>(array.length);
      for (String code : array) {
        LinkedTask t = tasks.get(code);
        if (t == null) {
          throw new IllegalStateException("feature " + id + " links task " + code + ", which was not read");
        }
        out.add(t);
      }
      if (out.size() > 1) {
        out.sort(Comparator.comparing(t -> order.get(t.code())));
      }
      return out;
    }

    private Map<String, String> extras(String id, String json) {
      if (json == null) {
        return Map.of();
      }
      try {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = mapper.readTree(json).fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode v = e.getValue();
          if (!v.isNull()) {
            out.put(e.getKey(), v.isTextual() ? v.asText() : mapper.writeValueAsString(v));
          }
        }
        return out;
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("reading the properties of feature " + id + ": " + e.getMessage(), e);
      }
    }
  }
}
