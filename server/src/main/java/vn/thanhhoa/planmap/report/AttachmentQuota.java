package vn.thanhhoa.planmap.report;

import java.sql.SQLException;
import java.util.Map;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.http.ProblemException;

/**
 * How much attachments may take in the database: per reporter (the report's author) and in total
 * ({@code PLANMAP_ATTACHMENT_QUOTA_USER}, {@code PLANMAP_ATTACHMENT_QUOTA_TOTAL}). Checked in the transaction that
 * stores the file, after taking an advisory lock, so parallel uploads are counted one after another.
 *
 * @param perUser bytes one author's attachments may take together
 * @param total   bytes all attachments may take together
 */
public record AttachmentQuota(long perUser, long total) {

  /**
   * @throws ProblemException 413 when the author's attachments would exceed {@link #perUser}, 507 when all
   *     attachments would exceed {@link #total}
   */
  void check(Jdbc.Tx tx, long authorId, long size) throws SQLException {
    tx.one("report/lock_attachment_quota", rs -> rs.getObject(1));
    long[] used = tx.one("report/select_attachment_usage", rs -> new long[] {rs.getLong(1), rs.getLong(2)}, authorId)
        .orElseThrow();
    if (used[0] + size > perUser) {
      throw ProblemException.tooLarge("the report author's attachments would take more than the quota of "
          + megabytes(perUser) + " (used: " + megabytes(used[0]) + "); ask an admin to raise"
          + " PLANMAP_ATTACHMENT_QUOTA_USER", Map.of("quota_bytes", perUser, "used_bytes", used[0]));
    }
    if (used[1] + size > total) {
      throw new ProblemException(507, "Insufficient storage", "planmap's attachments would take more than their"
          + " total quota of " + megabytes(total) + "; ask an admin to raise PLANMAP_ATTACHMENT_QUOTA_TOTAL",
          Map.of("quota_bytes", total, "used_bytes", used[1]));
    }
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
