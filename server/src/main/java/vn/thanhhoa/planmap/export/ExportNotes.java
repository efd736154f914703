package vn.thanhhoa.planmap.export;

import vn.thanhhoa.planmap.geo.Crs;
/** The source and accuracy notes that travel with every export's README.txt, in Vietnamese and English. */
final class ExportNotes {
  /** Source and accuracy, for every export that carries geometries. */
  static final String SOURCE_AND_ACCURACY = """
      NGUỒN VÀ ĐỘ CHÍNH XÁC / SOURCE AND ACCURACY
      - Hình học là sơ đồ: planmap vẽ từ các điểm tham chiếu công khai (danh mục địa danh, tin tức, trang
        chính thức), không phải số liệu đo đạc; có thể lệch hàng trăm mét — xem trường accuracy của từng đối tượng.
        Geometries are schematic, drawn by planmap from public reference points (gazetteer, news, official
        pages), not surveyed; they can be hundreds of metres off. Each feature's accuracy field says how it
        was drawn and how far it may be off.
      - Ranh giới hành chính © gis.chinhphu.vn (Cổng bản đồ hành chính của Chính phủ), qua bộ dữ liệu dvhcvn
        (github.com/daohoangson/dvhcvn). Boundaries © gis.chinhphu.vn via dvhcvn.
      - Nội dung nhiệm vụ trích nguyên văn Phụ lục Chương trình hành động thực hiện Nghị quyết 05-NQ/TU.
        Task texts are verbatim from the appendix of the action programme for Resolution 05-NQ/TU.
      - Toạ độ VN-2000 được tính từ WGS84 bằng phép chuyển đổi 7 tham số chính thức (EPSG:6960, sai số khoảng
        1 m). VN-2000 coordinates are computed from WGS84 with the official 7-parameter shift (EPSG:6960,
        good to about 1 m).
      """;

  private ExportNotes() {}

  /** One line naming a CRS for a README. */
  static String crsLine(Crs crs) {
    return "Hệ toạ độ / Coordinate system: " + crs.title() + " (EPSG:" + crs.epsg() + ")\n  PROJ: " + crs.proj4()
        + "\n";
  }
}
