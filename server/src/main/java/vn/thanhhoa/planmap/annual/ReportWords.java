package vn.thanhhoa.planmap.annual;

import java.util.Map;

/** The annual report's fixed words, in Vietnamese (administrative form) and English. */
final class ReportWords {
  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("body", new String[] {"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ THANH HÓA", "PEOPLE'S COMMITTEE OF\nTHANH HOA CITY"}),
      Map.entry("number", new String[] {"Số: ……/BC-UBND", "No.: ……/BC-UBND (%d)"}),
      Map.entry("nation", new String[] {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"}),
      Map.entry("motto", new String[] {"Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"}),
      Map.entry("placeDate", new String[] {"Thanh Hóa, ngày %d tháng %d năm %d", "Thanh Hoa, day %d month %d year %d"}),
      Map.entry("title", new String[] {"BÁO CÁO", "REPORT"}),
      Map.entry("subtitle", new String[] {
          "Đánh giá kết quả thực hiện Chương trình hành động thực hiện Nghị quyết số 05-NQ/TU ngày 25/10/2021 "
              + "của Ban Thường vụ Tỉnh ủy năm %d",
          "Evaluation of the implementation of the action programme for Resolution 05-NQ/TU of 25/10/2021 of the "
              + "Provincial Party Standing Committee, year %d"}),
      Map.entry("to", new String[] {"Kính gửi: Chủ tịch UBND tỉnh Thanh Hóa.",
          "To: the Chairman of the People's Committee of Thanh Hoa province."}),
      Map.entry("intro", new String[] {
          "Thực hiện mục III.2 của Chương trình hành động, UBND thành phố Thanh Hóa báo cáo đánh giá kết quả thực hiện "
              + "năm %d; số liệu tính đến hết ngày %s, theo các báo cáo tiến độ đã được chấp nhận trên planmap.",
          "Under section III.2 of the action programme, Thanh Hoa City People's Committee reports on the year %d; "
              + "figures as of the end of %s, from the progress reports accepted in planmap."}),
      Map.entry("h.summary", new String[] {"I. TỔNG HỢP TÌNH HÌNH THỰC HIỆN", "I. SUMMARY"}),
      Map.entry("summary.total", new String[] {"Chương trình có %d nhiệm vụ; tình hình theo tiến độ và theo thời hạn:",
          "The programme has %d tasks; by progress and by timeliness:"}),
      Map.entry("h.sections", new String[] {"II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", "II. THE TASKS, SECTION BY SECTION"}),
      Map.entry("h.indicators", new String[] {"III. CÁC CHỈ TIÊU (MỤC II) VÀ KẾT QUẢ NĂM %d",
          "III. THE INDICATORS (SECTION II) AND THE YEAR %d"}),
      Map.entry("h.late", new String[] {"IV. CÁC NHIỆM VỤ TRỄ HẠN VÀ QUÁ HẠN THEO ĐƠN VỊ CHỦ TRÌ",
          "IV. LATE AND OVERDUE TASKS BY LEAD AGENCY"}),
      Map.entry("late.none", new String[] {"Không có nhiệm vụ trễ hạn hoặc quá hạn.", "No task is late or overdue."}),
      Map.entry("h.figure", new String[] {"V. SƠ ĐỒ CÁC ĐỊA ĐIỂM THEO THỜI HẠN", "V. MAP OF THE PLACES BY TIMELINESS"}),
      Map.entry("figure.caption", new String[] {"Hình 1. Các địa điểm của Chương trình, tô màu theo thời hạn của nhiệm vụ",
          "Figure 1. The programme's places, coloured by their tasks' timeliness"}),
      Map.entry("col.progress", new String[] {"Tiến độ", "Progress"}),
      Map.entry("col.timeliness", new String[] {"Thời hạn", "Timeliness"}),
      Map.entry("col.count", new String[] {"Số nhiệm vụ", "Tasks"}),
      Map.entry("col.code", new String[] {"Mã", "Code"}),
      Map.entry("col.task", new String[] {"Nhiệm vụ", "Task"}),
      Map.entry("col.lead", new String[] {"Đơn vị chủ trì", "Lead agency"}),
      Map.entry("col.deadline", new String[] {"Thời gian báo cáo", "Deadline as written"}),
      Map.entry("col.due", new String[] {"Hạn (ngày)", "Due date"}),
      Map.entry("col.report", new String[] {"Báo cáo được chấp nhận gần nhất", "Latest accepted report"}),
      Map.entry("col.doc", new String[] {"Văn bản", "Document"}),
      Map.entry("col.section", new String[] {"Mục", "Section"}),
      Map.entry("col.indicator", new String[] {"Chỉ tiêu", "Indicator"}),
      Map.entry("col.target", new String[] {"Mục tiêu", "Target"}),
      Map.entry("col.targetWhen", new String[] {"Năm / giai đoạn", "Year / period"}),
      Map.entry("col.actual", new String[] {"Thực hiện năm %d", "Actual %d"}),
      Map.entry("col.note", new String[] {"Ghi chú", "Note"}),
      Map.entry("col.agency", new String[] {"Đơn vị chủ trì", "Lead agency"}),
      Map.entry("noDate", new String[] {"Thường xuyên", "Ongoing"}),
      Map.entry("noReport", new String[] {"Chưa có báo cáo", "None"}),
      Map.entry("notEntered", new String[] {"Chưa cập nhật", "Not entered"}),
      Map.entry("recipients", new String[] {"Nơi nhận:", "Recipients:"}),
      Map.entry("recipients.list", new String[] {
          "- Chủ tịch UBND tỉnh (để b/c);\n- Sở Kế hoạch và Đầu tư;\n- Lưu: VT.",
          "- Chairman of the Provincial People's Committee (to report);\n- Department of Planning and Investment;"
              + "\n- Archive."}),
      Map.entry("sign.for", new String[] {"TM. ỦY BAN NHÂN DÂN", "ON BEHALF OF THE PEOPLE'S COMMITTEE"}),
      Map.entry("sign.title", new String[] {"CHỦ TỊCH", "CHAIRMAN"}),
      Map.entry("sign.name", new String[] {"(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name, seal)"}));

  private final int index;

  ReportWords(String lang) {
    this.index = "vi".equals(lang) ? 0 : 1;
  }

  String get(String key) {
    return WORDS.get(key)[index];
  }
}
