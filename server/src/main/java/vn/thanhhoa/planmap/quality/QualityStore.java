package vn.thanhhoa.planmap.quality;

import java.sql.Timestamp;
import vn.thanhhoa.planmap.db.Jdbc;

/** Reads the data-quality view from PostGIS (sql/quality/). */
public final class QualityStore {
  private final Jdbc jdbc;

  public QualityStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Every place, in the layers' drawing order. */
  public QualityReport report() {
    return new QualityReport(jdbc.list("reading the data-quality view", "quality/select_places", rs -> {
      Timestamp at = rs.getTimestamp(12);
      return new QualityRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
          rs.getString(6), rs.getString(7), rs.getString(8), rs.getDouble(9), rs.getString(10), rs.getString(11),
          at == null ? null : at.toInstant(), rs.getString(13), rs.getString(14));
    }));
  }
}
