package vn.thanhhoa.planmap.geodata;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.db.Sql;

/**
 * Loads {@code geodata/} into PostGIS: reads and checks every file first, then writes everything in
 * one transaction. Idempotent: loading the same files again changes no row. A malformed file fails the
 * load with its name and line, and the database stays as it was.
 */
public final class GeodataLoader {
  private static final Logger LOG = LoggerFactory.getLogger(GeodataLoader.class);

  private final DataSource dataSource;
  private final ObjectMapper mapper;

  public GeodataLoader(DataSource dataSource, ObjectMapper mapper) {
    this.dataSource = dataSource;
    this.mapper = mapper;
  }

  /** What a load did. */
  public enum Outcome { LOADED, UNCHANGED }

  /**
   * Loads the folder unless the database already holds exactly its content.
   *
   * @param dir   the geodata folder, holding {@code programme/} and {@code layers/}
   * @param force load even when the content hash is unchanged
   * @throws GeodataException when a file is missing, malformed or inconsistent
   */
  public Outcome load(Path dir, boolean force) {
    String hash = contentHash(dir);
    try (Connection c = dataSource.getConnection()) {
      if (!force && hash.equals(storedHash(c))) {
        LOG.info("geodata unchanged ({}), not reloaded", hash.substring(0, 12));
        return Outcome.UNCHANGED;
      }
      JsonArrayReader json = new JsonArrayReader(mapper);
      ProgrammeData programme = new ProgrammeReader(json).read(dir.resolve("programme"));
      Set<String> codes = new HashSet<>();
      programme.tasks().forEach(t -> codes.add(t.code()));
      LayerData layers = new LayerReader(json).read(dir.resolve("layers"), codes);
      c.setAutoCommit(false);
      try {
        new GeodataWriter(c, mapper).write(programme, layers);
        try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/upsert_dataset_state"))) {
          st.setString(1, hash);
          st.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        Jdbc.rollbackQuietly(c, e);
        throw e;
      }
      c.setAutoCommit(true);
      LOG.info("geodata loaded: {} tasks, {} agencies, {} layers, {} features", programme.tasks().size(),
          programme.agencies().size(), layers.layers().size(), layers.features().size());
      return Outcome.LOADED;
    } catch (SQLException e) {
      throw new IllegalStateException("loading geodata from " + dir + " into the database: " + e.getMessage(), e);
    }
  }

  private static String storedHash(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/select_content_hash"));
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** SHA-256 over the relative paths and bytes of every file of the folder, in path order. */
  static String contentHash(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new GeodataException(dir, 0, "geodata folder not found (set PLANMAP_GEODATA)");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path f : files) {
        sha.update(dir.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(f));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + dir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
