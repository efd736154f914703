package vn.thanhhoa.planmap.export.kml;

import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.accuracy.AccuracyNotes;
import vn.thanhhoa.planmap.http.IoAction;
import java.io.BufferedOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportWriter;
import vn.thanhhoa.planmap.export.spi.LinkedTask;
import vn.thanhhoa.planmap.http.Html;
import vn.thanhhoa.planmap.layer.LayerInfo;
import vn.thanhhoa.planmap.progress.Timeliness;

/**
 * Writes an export as KML 2.2 for Google Earth, streaming: a Document with one Style per layer and kind
 * (colour-blind-safe Okabe–Ito colours), one Folder per layer named by its Vietnamese title, and one
 * Placemark per feature with its name, style, a description balloon (HTML in CDATA: the linked tasks with
 * their lead unit and deadline, and how the geometry was drawn; every value escaped) and ExtendedData.
 *
 * <p>Coordinates are always WGS84 lon/lat (KML allows nothing else). Layers with no feature get an empty folder
 * at the end. {@link #finish()} ends the document and flushes without closing the stream.
 */
public final class KmlWriter implements ExportWriter {
  /** KML for Google Earth: a folder per layer; always WGS84. */
  public static final ExportFormat FORMAT = new ExportFormat("kml", "application/vnd.google-earth.kml+xml",
      "planmap-{layers}-{crs}-{day}.kml", false, ExportFormat.Reading.FEATURES, KmlWriter::new);

  private static final String KML_NS = "http://www.opengis.net/kml/2.2";
  /** Okabe–Ito colours as KML aabbggrr, opaque: orange, sky blue, bluish green, blue, vermillion, purple … */
  private static final List<String> COLOURS =
      List.of("ff009fe6", "ffe9b456", "ff739e00", "ffb27200", "ff005ed5", "ffa779cc", "ff42e4f0", "ff000000");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ExportJob job;
  private final Map<String, LayerInfo> layers = new LinkedHashMap<>();
  private final Set<String> styles = new LinkedHashSet<>();
  private final Set<String> written = new LinkedHashSet<>();
  private BufferedOutputStream buffer;
  private XMLStreamWriter xml;
  private String currentLayer;

  /** The document's name, shown in Google Earth's Places panel, is the job's title. */
  public KmlWriter(ExportJob job) {
    this.job = job;
    job.layers().forEach(l -> this.layers.put(l.id(), l));
  }

  /** Writes the document's start and styles. */
  @Override
  public void start() {
    try {
      buffer = new BufferedOutputStream(job.output().stream(), 64 * 1024);
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("kml");
      xml.writeDefaultNamespace(KML_NS);
      xml.writeStartElement("Document");
      element("name", job.title());
      xml.writeCharacters("\n");
      int i = 0;
      for (LayerInfo layer : job.layers()) {
        for (com.fasterxml.jackson.databind.JsonNode kind : layer.kinds()) {
          style(styleId(layer.id(), kind.path("id").asText()), COLOURS.get(i++ % COLOURS.size()));
        }
      }
      style("default", "ff808080");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("starting the KML document", e);
    }
  }

  @Override
  public void layer(LayerInfo layer) {
    // a layer's folder opens with its first feature; folders of layers without one come last
  }

  @Override
  public void feature(ExportFeature feature) {
    try {
      String layerId = feature.layerId();
      if (!layerId.equals(currentLayer)) {
        if (currentLayer != null) {
          xml.writeEndElement();
        }
        startFolder(layerId);
        currentLayer = layerId;
      }
      xml.writeStartElement("Placemark");
      element("name", feature.name());
      String style = styleId(layerId, feature.kind());
      element("styleUrl", "#" + (styles.contains(style) ? style : "default"));
      xml.writeStartElement("description");
      xml.writeCData(balloon(feature));
      xml.writeEndElement();
      xml.writeStartElement("ExtendedData");
      data("id", feature.id());
      data("name_en", feature.nameEn());
      data("kind", feature.kind());
      data("tasks", feature.taskCodes());
      data("accuracy_class", feature.accuracyClass());
      data("accuracy_m", feature.value("accuracy_m"));
      data("accuracy", feature.accuracy());
      data("accuracy_vi", feature.accuracyVi());
      data("accuracy_source", feature.accuracySource());
      data("accuracy_source_en", feature.accuracySourceEn());
      xml.writeEndElement();
      geometry(feature.wgs84());
      xml.writeEndElement();
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing feature " + feature.id() + " as KML", e);
    }
  }

  /** Ends the last folder, adds empty folders for layers without features, ends the document, flushes. */
  @Override
  public void finish() {
    try {
      if (currentLayer != null) {
        xml.writeEndElement();
      }
      for (String id : layers.keySet()) {
        if (!written.contains(id)) {
          startFolder(id);
          xml.writeEndElement();
        }
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      IoAction.unchecked(buffer::flush);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("ending the KML document", e);
    }
  }

  @Override
  public void abort() {
    // the stream belongs to the output; nothing else is held
  }

  /** The balloon: names, the linked tasks with lead unit and deadline, accuracy. Every value is escaped. */
  static String balloon(ExportFeature f) {
    StringBuilder h = new StringBuilder();
    h.append("<h3>").append(Html.escape(f.name())).append("</h3>");
    if (!f.nameEn().isEmpty()) {
      h.append("<p><i>").append(Html.escape(f.nameEn())).append("</i></p>");
    }
    if (!f.tasks().isEmpty()) {
      h.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">")
          .append("<tr><th>Nhiệm vụ / Task</th><th>Đơn vị chủ trì / Lead</th><th>Thời hạn / Deadline</th></tr>");
      for (LinkedTask t : f.tasks()) {
        h.append("<tr><td><b>").append(Html.escape(t.code())).append("</b> ").append(Html.escape(t.content()))
            .append("</td><td>").append(Html.escape(t.lead())).append("</td><td>").append(Html.escape(t.deadline()));
        if (t.due() != null) {
          h.append(" (").append(DAY.format(t.due())).append(')');
        }
        if (!t.timeliness().isEmpty()) {
          h.append(" · <b>").append(Html.escape(Timeliness.label(t.timeliness(), "vi") + " / "
              + Timeliness.label(t.timeliness(), "en"))).append("</b>");
        }
        h.append("</td></tr>");
      }
      h.append("</table>");
    }
    AccuracyClass c = AccuracyClass.of(f.accuracyClass()).orElse(AccuracyClass.NOT_LOCATED);
    h.append("<p><small><b>").append(Html.escape("Độ chính xác: " + c.labelVi() + ", ±"
        + AccuracyNotes.metres(f.accuracyM(), java.util.Locale.forLanguageTag("vi")) + " m / " + c.labelEn()
        + ", ±" + AccuracyNotes.metres(f.accuracyM(), java.util.Locale.ENGLISH) + " m")).append("</b><br>");
    if (!f.accuracyVi().isEmpty()) {
      h.append(Html.escape(f.accuracyVi())).append("<br>");
    }
    h.append(Html.escape(f.accuracy())).append("</small></p>");
    return h.toString();
  }

  private void startFolder(String layerId) throws XMLStreamException {
    LayerInfo layer = layers.get(layerId);
    if (layer == null) {
      throw new IllegalArgumentException("layer " + layerId + " is not in this export");
    }
    written.add(layerId);
    xml.writeStartElement("Folder");
    element("name", layer.titleVi());
    element("description", layer.titleEn());
    xml.writeCharacters("\n");
  }

  private void style(String id, String colour) throws XMLStreamException {
    styles.add(id);
    xml.writeStartElement("Style");
    xml.writeAttribute("id", id);
    xml.writeStartElement("IconStyle");
    element("color", colour);
    xml.writeEndElement();
    xml.writeStartElement("LineStyle");
    element("color", colour);
    element("width", "3");
    xml.writeEndElement();
    xml.writeStartElement("PolyStyle");
    element("color", "66" + colour.substring(2)); // 40 % opaque fill
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static String styleId(String layer, String kind) {
    return "k-" + layer + "." + kind; // an XML id starts with a letter
  }

  private void geometry(Geometry g) throws XMLStreamException {
    if (g instanceof Point p) {
      xml.writeStartElement("Point");
      coordinates(p.getCoordinates());
      xml.writeEndElement();
    } else if (g instanceof LineString l) {
      xml.writeStartElement("LineString");
      element("tessellate", "1");
      coordinates(l.getCoordinates());
      xml.writeEndElement();
    } else if (g instanceof Polygon p) {
      xml.writeStartElement("Polygon");
      ring("outerBoundaryIs", p.getExteriorRing().getCoordinates());
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        ring("innerBoundaryIs", p.getInteriorRingN(i).getCoordinates());
      }
      xml.writeEndElement();
    } else {
      xml.writeStartElement("MultiGeometry");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        geometry(g.getGeometryN(i));
      }
      xml.writeEndElement();
    }
  }

  private void ring(String boundary, Coordinate[] coordinates) throws XMLStreamException {
    xml.writeStartElement(boundary);
    xml.writeStartElement("LinearRing");
    coordinates(coordinates);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void coordinates(Coordinate[] cs) throws XMLStreamException {
    StringBuilder s = new StringBuilder();
    for (Coordinate c : cs) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(ordinate(c.x)).append(',').append(ordinate(c.y));
    }
    element("coordinates", s.toString());
  }

  private static String ordinate(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private void data(String name, String value) throws XMLStreamException {
    xml.writeStartElement("Data");
    xml.writeAttribute("name", name);
    element("value", value == null ? "" : value);
    xml.writeEndElement();
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }
}
