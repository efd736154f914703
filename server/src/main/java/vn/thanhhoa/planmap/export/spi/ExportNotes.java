package vn.thanhhoa.planmap.export.spi;

import vn.thanhhoa.planmap.geo.Crs;
/** The source and accuracy notes that travel with every export's README.txt, in Vietnamese and English. */
public final class ExportNotes {
  /** Source and accuracy, for every export that carries geometries. */
  public static final String SOURCE_AND_ACCURACY = """
      NGUỒN VÀ ĐỘ CHÍNH XÁC / SOURCE AND ACCURACY
      - Hình học là sơ đồ: planmap vẽ từ các điểm tham chiếu công khai (Wikipedia, tin tức, trang
        chính thức), không phải số liệu đo đạc; có thể lệch hàng trăm mét — xem các trường độ chính xác của từng
        đối tượng. Geometries are schematic, drawn by planmap from public reference points (Wikipedia, news,
        official pages), not surveyed; they can be hundreds of metres off. Each feature says how certain it is:
          accuracy_class  surveyed (đo đạc) | from_plan (theo bản đồ, quy hoạch) | inferred (suy ra)
                          | schematic (sơ đồ) | not_located (chưa xác định vị trí)
          accuracy_m      bán kính sai số, mét / radius of the stated uncertainty, metres
          accuracy, accuracy_vi                  cách vẽ / how it was drawn (English, Vietnamese)
          accuracy_source, accuracy_source_en    nguồn công khai / public sources (Vietnamese, English)
      - Toạ độ được làm tròn theo độ chính xác: bước bằng một phần mười bậc độ lớn của sai số, không nhỏ hơn
        1 cm (±1.500 m → 100 m; ±30 m → 1 m; với độ: chữ số thập phân gần nhất, 0,001° ≈ 111 m). Coordinates are
        rounded to what the accuracy warrants: a tenth of the uncertainty's order of magnitude, never below
        1 cm (±1,500 m → 100 m; ±30 m → 1 m; in degrees, the nearest decimal place, 0.001° ≈ 111 m).
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
  public static String crsLine(Crs crs) {
    return "Hệ toạ độ / Coordinate system: " + crs.title() + " (EPSG:" + crs.epsg() + ")\n  PROJ: " + crs.proj4()
        + "\n";
  }
}
