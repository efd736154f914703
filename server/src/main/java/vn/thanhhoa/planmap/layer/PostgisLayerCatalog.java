package vn.thanhhoa.planmap.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.thanhhoa.planmap.db.DatabaseUnavailableException;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.db.Sql;

/** {@link LayerCatalog} over PostGIS: filters in SQL, streams rows through a server-side cursor. */
public final class PostgisLayerCatalog implements LayerCatalog {
  private static final int FETCH_SIZE = 500;

  private final DataSource dataSource;
  private final Jdbc jdbc;
  private final ObjectMapper mapper;
  private volatile CachedLayers cache = new CachedLayers(-1, List.of());

  private record CachedLayers(long version, List<LayerInfo> layers) {}

  public PostgisLayerCatalog(DataSource dataSource, ObjectMapper mapper) {
    this.dataSource = dataSource;
    this.jdbc = new Jdbc(dataSource);
    this.mapper = mapper;
  }

  @Override
  public List<LayerInfo> layers(long version) {
    CachedLayers c = cache;
    if (c.version() == version) {
      return c.layers();
    }
    List<LayerInfo> out = new ArrayList<>();
    try (Connection conn = dataSource.getConnection();
        PreparedStatement st = conn.prepareStatement(Sql.named("layer/select_layers"));
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        double[] extent = rs.getObject("west") == null ? null
            : new double[] {rs.getDouble("west"), rs.getDouble("south"), rs.getDouble("east"), rs.getDouble("north")};
        out.add(new LayerInfo(rs.getString("id"), rs.getString("title_vi"), rs.getString("title_en"),
            rs.getString("description_vi"), rs.getString("description_en"), mapper.readTree(rs.getString("kinds")),
            rs.getLong("features"), extent, List.of((String[]) rs.getArray("extra_properties").getArray()),
            rs.getString("group_id")));
      }
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("reading the layers", e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("layer kinds are not JSON", e);
    }
    List<LayerInfo> layers = List.copyOf(out);
    cache = new CachedLayers(version, layers);
    return layers;
  }

  @Override
  public long count(FeatureQuery query) {
    FeatureFilter filter = new FeatureFilter(query.page(query.limit(), 0)); // every page: no cursor
    String sql = filter.apply(Sql.named("layer/count_features"));
    try (Connection conn = dataSource.getConnection(); PreparedStatement st = conn.prepareStatement(sql)) {
      int next = Jdbc.bindFrom(conn, st, 1, query.today(), query.asOf());
      Jdbc.bindFrom(conn, st, next, filter.values.toArray());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("counting features", e);
    }
  }

  @Override
  public void forEachFeature(FeatureQuery query, Consumer<FeatureRow> consumer) {
    FeatureFilter filter = new FeatureFilter(query);
    jdbc.forEachRow("reading features", filter.apply(Sql.named("layer/select_features")), FETCH_SIZE,
        (conn, st) -> {
          int next = Jdbc.bindFrom(conn, st, 1, query.today(), query.asOf());
          next = Jdbc.bindFrom(conn, st, next, filter.values.toArray());
          Jdbc.bindFrom(conn, st, next, query.limit(), query.offset());
        },
        rs -> consumer.accept(new FeatureRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getInt(11), rs.getString(12), rs.getDouble(13), rs.getString(14),
            rs.getString(15), rs.getString(16), rs.getString(17), rs.getInt(18))));
  }

  @Override
  public long dataVersion() {
    try (Connection conn = dataSource.getConnection();
        PreparedStatement st = conn.prepareStatement(Sql.named("layer/select_data_version"));
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("reading the data version", e);
    }
  }
}
