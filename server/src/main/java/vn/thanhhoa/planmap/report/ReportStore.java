package vn.thanhhoa.planmap.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.planmap.auth.Permission;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.time.Today;

/**
 * Progress reports on tasks. A reporter reports for one of its agencies, on a task that agency leads or
 * partners on. Each report keeps when it was filed (the injected clock) beside the day it claims; a claim of
 * submitted or done dated on or before the due date but filed after it waits for an editor ({@code pending},
 * decided by {@code report_needs_review} in the database); editors accept or reject any report with a reason.
 * Every change (report, review, attachment added or removed) is appended to the history in the same transaction,
 * committed before the answer is sent.
 */
public final class ReportStore {
  /** A new report, as validated by the routes. */
  public record NewReport(String task, String agency, String status, LocalDate date, String text, String documentRef) {}

  /** An attachment's bytes and how to serve them. */
  public record Attachment(String filename, String contentType, byte[] data) {}

  /**
   * Which reports to list (nulls and empty lists do not filter).
   *
   * @param task     one task's code
   * @param asOf     filed up to this moment
   * @param reviews  review states: pending, accepted, rejected
   * @param agencies reported for one of these agencies
   */
  public record Selection(String task, Instant asOf, List<String> reviews, List<String> agencies) {}

  private final Jdbc jdbc;
  private final History history;
  private final Clock clock;
  private final AttachmentQuota quota;

  public ReportStore(Jdbc jdbc, History history, Clock clock, AttachmentQuota quota) {
    this.jdbc = jdbc;
    this.history = history;
    this.clock = clock;
    this.quota = quota;
  }

  /**
   * Files a report, filed now (by the clock).
   *
   * @return the stored report as JSON (its {@code review} says whether it waits for an editor)
   * @throws ProblemException 403 when the user may not report for that agency on that task
   */
  public String file(NewReport r, User user) {
    if (!Permission.REPORT_FOR_ANY_AGENCY.heldBy(user.role()) && !user.agencies().contains(r.agency())) {
      throw ProblemException.forbidden(user.username() + " does not report for agency " + r.agency());
    }
    return jdbc.transaction("filing a report on " + r.task(), tx -> {
      if (!tx.one("report/select_task_exists", rs -> rs.getBoolean(1), r.task()).orElse(false)) {
        throw new NotFoundException("no task '" + r.task() + "'");
      }
      if (tx.one("report/select_agency_role", rs -> rs.getString(1), r.task(), r.agency()).isEmpty()) {
        throw ProblemException.forbidden("agency " + r.agency() + " neither leads nor partners on task " + r.task());
      }
      String before = progress(tx, r.task());
      long id = tx.one("report/insert_report", rs -> rs.getLong(1), r.task(), r.agency(), user.id(), r.status(),
          r.date(), r.text(), r.documentRef(), clock.instant()).orElseThrow();
      String report = one(tx, id).orElseThrow();
      history.append(tx, "task", r.task(), "report", user.actor(), Map.of("status", before), report);
      return report;
    });
  }

  /** The reports of a selection as JSON objects (at most 1 000). */
  public List<String> list(Selection s) {
    return jdbc.list("reading reports", "report/select_reports", rs -> rs.getString(1), s.task(), null, s.asOf(),
        texts(s.reviews()), texts(s.agencies()));
  }

  /**
   * An editor accepts or rejects a report, with a reason (a rejected report, or one still pending, does not
   * count for the task's progress and timeliness). The change is a history row of the task with the report
   * before and after, and the task's progress before and after.
   *
   * @param review   accepted or rejected
   * @return the report after the change, as JSON
   */
  public String review(long reportId, String review, String reason, User editor) {
    return jdbc.transaction("reviewing report " + reportId, tx -> {
      String before = one(tx, reportId).orElseThrow(() -> new NotFoundException("no report " + reportId));
      String task = tx.one("report/select_reports", rs -> rs.getString(3), null, reportId, null, null, null)
          .orElseThrow();
      String progressBefore = progress(tx, task);
      tx.one("report/update_review", rs -> rs.getString(1), review, reason, editor.id(), clock.instant(), reportId)
          .orElseThrow();
      String after = one(tx, reportId).orElseThrow();
      Map<String, Object> was = new LinkedHashMap<>(Map.of("report", before, "status", progressBefore));
      Map<String, Object> now = new LinkedHashMap<>(Map.of("report", after, "status", progress(tx, task)));
      history.append(tx, "task", task, "report " + review, editor.actor(), was, now);
      history.append(tx, "report", String.valueOf(reportId), "review " + review, editor.actor(), before, after);
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
      long author = requireAuthor(tx, reportId, user, "attach files to it");
      quota.check(tx, author, data.length);
      long id = tx.one("report/insert_attachment", rs -> rs.getLong(1), reportId, filename, contentType, data.length,
          sha256(data), data).orElseThrow();
      history.append(tx, "report", String.valueOf(reportId), "attachment", user.actor(), null,
          Map.of("attachment", id, "filename", filename, "content_type", contentType, "size", data.length));
      return id;
    });
  }

  /**
   * Removes an attachment from a report: by the report's author, or an admin. The file is kept for the record
   * (no longer listed nor served); the history says who removed which file and when.
   */
  public void removeAttachment(long reportId, long attachmentId, User user) {
    jdbc.transaction("removing attachment " + attachmentId + " of report " + reportId, tx -> {
      requireAuthor(tx, reportId, user, "remove its files");
      String filename = tx.one("report/update_attachment_removed", rs -> rs.getString(1), clock.instant(), reportId,
          attachmentId).orElseThrow(() -> new NotFoundException("no attachment " + attachmentId + " on report "
          + reportId));
      history.append(tx, "report", String.valueOf(reportId), "attachment removed", user.actor(),
          Map.of("attachment", attachmentId, "filename", filename), null);
      return null;
    });
  }

  public Optional<Attachment> attachment(long reportId, long id) {
    return jdbc.one("reading an attachment", "report/select_attachment",
        rs -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), reportId, id);
  }

  private static Optional<String> one(Jdbc.Tx tx, long id) throws java.sql.SQLException {
    return tx.one("report/select_reports", rs -> rs.getString(1), null, id, null, null, null);
  }

  private String progress(Jdbc.Tx tx, String task) throws java.sql.SQLException {
    return tx.one("report/select_status", rs -> rs.getString(1), Today.in(clock), task).orElseThrow();
  }

  /** The report's author's user id, when the user is that author or an admin. */
  private static long requireAuthor(Jdbc.Tx tx, long reportId, User user, String what) throws java.sql.SQLException {
    Optional<Long> author = tx.one("report/select_reports", rs -> rs.getLong(2), null, reportId, null, null, null);
    if (author.isEmpty()) {
      throw new NotFoundException("no report " + reportId);
    }
    if (author.get() != user.id() && user.role() != Role.ADMIN) {
      throw ProblemException.forbidden("only the report's author may " + what);
    }
    return author.get();
  }

  private static String[] texts(List<String> values) {
    return values == null || values.isEmpty() ? null : values.toArray(new String[0]);
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
