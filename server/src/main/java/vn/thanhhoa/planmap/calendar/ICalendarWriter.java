package vn.thanhhoa.planmap.calendar;

import static vn.thanhhoa.planmap.calendar.ICalendarText.escape;
import static vn.thanhhoa.planmap.calendar.ICalendarText.fold;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes deadlines as an iCalendar object (RFC 5545): one VCALENDAR, one all-day VEVENT per dated task
 * (DTSTART;VALUE=DATE the due day, DTEND the next day), with a stable UID ({@code task-<code>@planmap}), SEQUENCE
 * and DTSTAMP/LAST-MODIFIED from the task's revisions so that a calendar refreshing the feed replaces changed
 * events, SUMMARY (code and short content), DESCRIPTION (lead, product, deadline as written, progress and
 * timeliness, link) and URL (the task on the map). Events are transparent (they do not block time).
 */
public final class ICalendarWriter {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final int SUMMARY_CHARS = 80;

  private ICalendarWriter() {}

  /**
   * @param name   the calendar's name (X-WR-CALNAME)
   * @param base   the service's base URL, for the links
   * @param events the events, in order
   */
  public static String write(String name, String base, List<DeadlineEvent> events) {
    StringBuilder b = new StringBuilder(1024 + events.size() * 700);
    b.append(fold("BEGIN:VCALENDAR"));
    b.append(fold("VERSION:2.0"));
    b.append(fold("PRODID:-//planmap//Thanh Hoa action programme deadlines//VI"));
    b.append(fold("CALSCALE:GREGORIAN"));
    b.append(fold("X-WR-CALNAME:" + escape(name)));
    b.append(fold("X-WR-TIMEZONE:Asia/Ho_Chi_Minh"));
    for (DeadlineEvent e : events) {
      event(b, base, e);
    }
    b.append(fold("END:VCALENDAR"));
    return b.toString();
  }

  private static void event(StringBuilder b, String base, DeadlineEvent e) {
    String link = base + "/#sel=task:" + e.code();
    String stamp = UTC.format(e.revisedAt() == null ? Instant.EPOCH : e.revisedAt());
    b.append(fold("BEGIN:VEVENT"));
    b.append(fold("UID:task-" + e.code() + "@planmap"));
    b.append(fold("DTSTAMP:" + stamp));
    b.append(fold("LAST-MODIFIED:" + stamp));
    b.append(fold("SEQUENCE:" + e.revisions()));
    b.append(fold("DTSTART;VALUE=DATE:" + DAY.format(e.due())));
    b.append(fold("DTEND;VALUE=DATE:" + DAY.format(e.due().plusDays(1))));
    b.append(fold("SUMMARY:" + escape(e.code() + " · " + shorten(e.content()))));
    b.append(fold("DESCRIPTION:" + escape(String.join("\n",
        "Nhiệm vụ: " + e.content(),
        "Đơn vị chủ trì: " + e.lead(),
        "Sản phẩm: " + e.product(),
        "Thời gian báo cáo: " + e.deadlineText(),
        "Tình hình: " + e.state(),
        link))));
    b.append(fold("URL:" + link));
    b.append(fold("TRANSP:TRANSPARENT"));
    b.append(fold("END:VEVENT"));
  }

  /** The content cut at a word boundary to about 80 characters, with an ellipsis when cut. */
  static String shorten(String content) {
    String s = content.strip().replaceAll("\\s+", " ");
    if (s.length() <= SUMMARY_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', SUMMARY_CHARS - 1);
    return s.substring(0, cut > 20 ? cut : SUMMARY_CHARS - 1) + "…";
  }
}
