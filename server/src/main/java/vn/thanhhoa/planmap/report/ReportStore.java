package vn.thanhhoa.planmap.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.ProblemException;

/**
 * Progress reports on tasks. A reporter reports for one of its agencies, on a task that agency leads or
 * partners on; the report, and the task's status change, are appended to the history in the same
 * transaction, committed before the answer is sent.
 */
public final class ReportStore {
  /** A new report, as validated by the routes. */
  public record NewReport(String task, String agency, String status, LocalDate date, String text, String documentRef) {}

  /** An attachment's bytes and how to serve them. */
  public record Attachment(String filename, String contentType, byte[] data) {}

  private final Jdbc jdbc;
  private final History history;
  private final AttachmentQuota quota;

  public ReportStore(Jdbc jdbc, History history, AttachmentQuota quota) {
    this.jdbc = jdbc;
    this.history = history;
    this.quota = quota;
  }

  /**
   * Files a report.
   *
   * @return the stored report as JSON
   * @throws ProblemException 403 when the user may not report for that agency on that task
   */
  public String file(NewReport r, User user) {
    if (user.role() != Role.ADMIN && !user.agencies().contains(r.agency())) {
      throw ProblemException.forbidden(user.username() + " does not report for agency " + r.agency());
    }
    return jdbc.transaction("filing a report on " + r.task(), tx -> {
      if (!tx.one("report/select_task_exists", rs -> rs.getBoolean(1), r.task()).orElse(false)) {
        throw new NotFoundException("no task '" + r.task() + "'");
      }
      if (tx.one("report/select_agency_role", rs -> rs.getString(1), r.task(), r.agency()).isEmpty()) {
        throw ProblemException.forbidden("agency " + r.agency() + " neither leads nor partners on task " + r.task());
      }
      String before = tx.one("report/select_status", rs -> rs.getString(1), r.task()).orElseThrow();
      long id = tx.one("report/insert_report", rs -> rs.getLong(1), r.task(), r.agency(), user.id(), r.status(),
          r.date(), r.text(), r.documentRef()).orElseThrow();
      String report = tx.one("report/select_reports", rs -> rs.getString(1), null, null, id, id, null, null)
          .orElseThrow();
      history.append(tx, "task", r.task(), "report", user, Map.of("status", before), report);
      return report;
    });
  }

  /** The reports of a task filed up to {@code asOf} (null: all), newest first, as JSON objects. */
  public List<String> ofTask(String code, java.time.Instant asOf) {
    return jdbc.list("reading the reports of " + code, "report/select_reports", rs -> rs.getString(1), code, code,
        null, null, asOf, asOf);
  }

  /**
   * Accepts or rejects a report (editors): a rejected report no longer counts for the task's status or
   * for "overdue". The change is a history row with the report before and after.
   *
   * @return the report after the change, as JSON
   */
  public String review(long reportId, boolean accepted, User editor) {
    return jdbc.transaction("reviewing report " + reportId, tx -> {
      Optional<String> before = tx.one("report/select_reports", rs -> rs.getString(1), null, null, reportId, reportId,
          null, null);
      if (before.isEmpty()) {
        throw new NotFoundException("no report " + reportId);
      }
      String task = tx.one("report/update_accepted", rs -> rs.getString(1), accepted, reportId).orElseThrow();
      String after = tx.one("report/select_reports", rs -> rs.getString(1), null, null, reportId, reportId, null, null)
          .orElseThrow();
      history.append(tx, "task", task, accepted ? "report accepted" : "report rejected", editor, before.get(), after);
      return after;
    });
  }

  /** A stored attachment: its id and the name it is stored under. */
  public record Stored(long id, String filename) {}

  /**
   * Attaches a file to a report: by the report's author, or an admin; within the author's and the total quota.
   *
   * @return the attachment's id
   * @throws ProblemException 403 for anyone else, 413/507 beyond a quota ({@link AttachmentQuota})
   */
  public long attach(long reportId, String filename, String contentType, byte[] data, User user) {
    return jdbc.transaction("attaching a file to report " + reportId, tx -> {
      Optional<Long> author = tx.one("report/select_reports", rs -> rs.getLong(2), null, null, reportId, reportId,
          null, null);
      if (author.isEmpty()) {
        throw new NotFoundException("no report " + reportId);
      }
      if (author.get() != user.id() && user.role() != Role.ADMIN) {
        throw ProblemException.forbidden("only the report's author may attach files to it");
      }
      quota.check(tx, author.get(), data.length);
      long id = tx.one("report/insert_attachment", rs -> rs.getLong(1), reportId, filename, contentType, data.length,
          sha256(data), data).orElseThrow();
      history.append(tx, "report", String.valueOf(reportId), "attachment", user, null,
          Map.of("attachment", id, "filename", filename, "content_type", contentType, "size", data.length));
      return id;
    });
  }

  public Optional<Attachment> attachment(long reportId, long id) {
    return jdbc.one("reading an attachment", "report/select_attachment",
        rs -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), reportId, id);
  }

  private static String sha256(byte[] data) throws SQLException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
