package vn.thanhhoa.planmap.annual;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import vn.thanhhoa.planmap.progress.Timeliness;

/**
 * Draws the places coloured by their tasks' timeliness as a PNG, server-side with Java2D (no browser): a local
 * equirectangular view of the places' WGS84 extent (true to scale at its centre latitude, fine over a city), a
 * scale bar in kilometres, a north arrow, the legend and a note that the geometries are schematic. Places without
 * a task are drawn in grey outline (the city's boundary, the river) under the others.
 */
public final class PlaceMapRenderer {
  /** Colours by timeliness, as on the map (web/css/planmap.css). */
  static final Map<String, Color> COLOURS = Map.of(
      "overdue", new Color(0x1f1f1f), "late", new Color(0xd55e00), "due_soon", new Color(0xe6a700),
      "open", new Color(0x0a58a8), "on_time", new Color(0x1b7a4a), "ongoing", new Color(0x7b5ea7));
  private static final Color NONE = new Color(0x9aa0a6);
  private static final int WIDTH = 1800;
  private static final int HEIGHT = 1300;
  private static final int MAP_W = 1300;
  private static final int MARGIN = 40;
  private static final double M_PER_DEG_LAT = 110_574;
  private static final double M_PER_DEG_LON_EQ = 111_320;

  private final Font font = font();
  private double lon0;
  private double lat0;
  private double cosLat;
  private double pxPerMetre;
  private double ox;
  private double oy;

  /** The PNG of the places, with the legend's words in {@code lang} (vi or en). */
  public byte[] render(List<AnnualData.Place> places, String lang) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    fit(places);
    for (AnnualData.Place p : places) {
      draw(g, p);
    }
    g.setColor(new Color(0x5b636b));
    g.setStroke(new BasicStroke(2f));
    g.drawRect(MARGIN / 2, MARGIN / 2, MAP_W + MARGIN, HEIGHT - MARGIN);
    scaleBar(g, lang);
    northArrow(g);
    legend(g, lang);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void fit(List<AnnualData.Place> places) {
    Envelope e = new Envelope();
    places.forEach(p -> e.expandToInclude(p.geometry().getEnvelopeInternal()));
    if (e.isNull()) {
      e.init(105.7, 105.9, 19.7, 19.9);
    }
    lon0 = e.centre().x;
    lat0 = e.centre().y;
    cosLat = Math.cos(Math.toRadians(lat0));
    double wM = Math.max(e.getWidth() * M_PER_DEG_LON_EQ * cosLat, 100);
    double hM = Math.max(e.getHeight() * M_PER_DEG_LAT, 100);
    pxPerMetre = Math.min((MAP_W - 2.0 * MARGIN) / wM, (HEIGHT - 4.0 * MARGIN) / hM);
    ox = MARGIN + MAP_W / 2.0;
    oy = HEIGHT / 2.0;
  }

  private double x(Coordinate c) {
    return ox + (c.x - lon0) * M_PER_DEG_LON_EQ * cosLat * pxPerMetre;
  }

  private double y(Coordinate c) {
    return oy - (c.y - lat0) * M_PER_DEG_LAT * pxPerMetre;
  }

  private void draw(Graphics2D g, AnnualData.Place p) {
    Color c = p.timeliness() == null ? NONE : COLOURS.getOrDefault(p.timeliness(), NONE);
    for (int i = 0; i < p.geometry().getNumGeometries(); i++) {
      Geometry part = p.geometry().getGeometryN(i);
      if (part instanceof Polygon poly) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring(path, poly.getExteriorRing().getCoordinates());
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          ring(path, poly.getInteriorRingN(h).getCoordinates());
        }
        if (p.timeliness() != null) {
          g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
          g.fill(path);
        }
        g.setColor(c);
        g.setStroke(new BasicStroke(p.timeliness() == null ? 2f : 3f));
        g.draw(path);
      } else if (part instanceof LineString line) {
        Path2D path = new Path2D.Double();
        Coordinate[] cs = line.getCoordinates();
        path.moveTo(x(cs[0]), y(cs[0]));
        Arrays.stream(cs).skip(1).forEach(k -> path.lineTo(x(k), y(k)));
        g.setColor(c);
        g.setStroke(new BasicStroke(p.timeliness() == null ? 3f : 7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
      } else if (part instanceof Point pt) {
        double r = 11;
        Ellipse2D dot = new Ellipse2D.Double(x(pt.getCoordinate()) - r, y(pt.getCoordinate()) - r, 2 * r, 2 * r);
        g.setColor(c);
        g.fill(dot);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(dot);
      }
    }
  }

  private void ring(Path2D path, Coordinate[] cs) {
    path.moveTo(x(cs[0]), y(cs[0]));
    for (int i = 1; i < cs.length; i++) {
      path.lineTo(x(cs[i]), y(cs[i]));
    }
    path.closePath();
  }

  /** A bar of a round number of kilometres (1, 2 or 5 × 10ⁿ) about a fifth of the map's width. */
  private void scaleBar(Graphics2D g, String lang) {
    double target = MAP_W / 5.0 / pxPerMetre;
    double pow = Math.pow(10, Math.floor(Math.log10(target)));
    double metres = target / pow >= 5 ? 5 * pow : target / pow >= 2 ? 2 * pow : pow;
    int len = (int) Math.round(metres * pxPerMetre);
    int x0 = MARGIN + 20;
    int y0 = HEIGHT - MARGIN - 30;
    g.setColor(Color.BLACK);
    g.fillRect(x0, y0, len / 2, 12);
    g.setStroke(new BasicStroke(2f));
    g.drawRect(x0, y0, len, 12);
    g.setFont(font.deriveFont(26f));
    String label = metres >= 1000 ? trim(metres / 1000) + " km" : trim(metres) + " m";
    g.drawString("0", x0 - 6, y0 - 8);
    g.drawString(label, x0 + len - g.getFontMetrics().stringWidth(label) / 2, y0 - 8);
    g.setFont(font.deriveFont(22f));
    g.drawString("vi".equals(lang) ? "Tỷ lệ theo thước (đúng ở vĩ độ giữa)" : "Scale bar (true at the centre latitude)",
        x0, y0 + 40);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private void northArrow(Graphics2D g) {
    int x = MAP_W - 20;
    int y = MARGIN + 30;
    Path2D arrow = new Path2D.Double();
    arrow.moveTo(x, y);
    arrow.lineTo(x + 18, y + 60);
    arrow.lineTo(x, y + 46);
    arrow.lineTo(x - 18, y + 60);
    arrow.closePath();
    g.setColor(Color.BLACK);
    g.fill(arrow);
    g.setFont(font.deriveFont(Font.BOLD, 30f));
    g.drawString("N", x - 10, y + 95);
  }

  private void legend(Graphics2D g, String lang) {
    boolean vi = "vi".equals(lang);
    int x = MAP_W + MARGIN + 50;
    int y = MARGIN + 30;
    g.setColor(Color.BLACK);
    g.setFont(font.deriveFont(Font.BOLD, 30f));
    g.drawString(vi ? "Chú giải" : "Legend", x, y);
    g.setFont(font.deriveFont(24f));
    g.drawString(vi ? "Thời hạn của nhiệm vụ gắn với" : "Timeliness of the linked", x, y + 40);
    g.drawString(vi ? "địa điểm (nặng nhất)" : "tasks (most pressing)", x, y + 70);
    int row = y + 120;
    for (Timeliness t : Timeliness.WORST_FIRST) {
      swatch(g, x, row, COLOURS.get(t.id()));
      g.setColor(Color.BLACK);
      g.drawString(t.label(lang), x + 60, row + 8);
      row += 50;
    }
    swatch(g, x, row, NONE);
    g.setColor(Color.BLACK);
    g.drawString(vi ? "Không gắn nhiệm vụ" : "No linked task", x + 60, row + 8);
    g.setFont(font.deriveFont(20f));
    int note = HEIGHT - MARGIN - 150;
    for (String line : (vi ? List.of("Hình học mang tính sơ đồ, vẽ từ", "các điểm tham chiếu công khai,",
        "không phải số liệu đo đạc.", "Hệ tọa độ: WGS 84 (EPSG:4326).")
        : List.of("Geometries are schematic, drawn", "from public reference points,", "not surveyed.",
            "Coordinates: WGS 84 (EPSG:4326)."))) {
      g.drawString(line, x, note);
      note += 28;
    }
  }

  private static void swatch(Graphics2D g, int x, int y, Color c) {
    g.setColor(c);
    g.fillRect(x, y - 16, 44, 28);
  }

  private static Font font() {
    for (String name : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
      if (name.equals("Noto Sans")) {
        return new Font("Noto Sans", Font.PLAIN, 24);
      }
    }
    return new Font(Font.SANS_SERIF, Font.PLAIN, 24);
  }
}
