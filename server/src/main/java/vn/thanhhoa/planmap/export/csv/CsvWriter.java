package vn.thanhhoa.planmap.export.csv;

import vn.thanhhoa.planmap.http.IoAction;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportWriter;
import vn.thanhhoa.planmap.layer.LayerInfo;
import vn.thanhhoa.planmap.text.CellText;

/**
 * Writes an export as CSV (RFC 4180, CRLF line ends), streaming: UTF-8 with a byte order mark so that
 * Excel reads Vietnamese correctly, then one header row with no comment before it, then one row per
 * feature.
 *
 * <p>Columns: the geometry as WKT in the column {@code WKT} (the name GDAL and QGIS recognise without options;
 * the CRS is in the file name, e.g. {@code …-vn2000-thanhhoa-….csv} for EPSG:5897), {@code layer},
 * {@code id, name, name_en, kind, accuracy, source_text, tasks}
 * (task codes joined with "; "), then every extra property of the exported layers in name order (blank
 * where a feature has none). {@link #finish()} flushes without closing the stream.
 */
public final class CsvWriter implements ExportWriter {
  /** CSV with the geometry as WKT, UTF-8 with a byte order mark. */
  public static final ExportFormat FORMAT = new ExportFormat("csv", "text/csv; charset=utf-8",
      "planmap-{layers}-{crs}-{day}.csv", true, ExportFormat.Reading.FEATURES, CsvWriter::new);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final ExportJob job;
  private final WKTWriter wkt = new WKTWriter(2);
  private final List<String> properties = new ArrayList<>();
  private Writer out;

  /** The columns come from the job's layers (their extra properties); the WKT's decimals from its CRS. */
  public CsvWriter(ExportJob job) {
    this.job = job;
    wkt.setPrecisionModel(new PrecisionModel(Math.pow(10, job.crs().decimals())));
    properties.add("layer");
    properties.addAll(ExportFeature.COMMON_COLUMNS);
    Set<String> extras = new TreeSet<>();
    job.layers().forEach(l -> extras.addAll(l.extraProperties()));
    extras.removeAll(properties);
    properties.addAll(extras);
  }

  /** Writes the byte order mark and the header. */
  @Override
  public void start() {
    OutputStream stream = job.output().stream();
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    List<String> header = new ArrayList<>();
    header.add(GEOMETRY_COLUMN);
    header.addAll(properties);
    IoAction.unchecked(() -> {
      stream.write(BOM);
      row(header);
    });
  }

  /** The name of the WKT column, whatever the CRS: {@code WKT}, which GDAL's CSV driver reads as the geometry. */
  public static final String GEOMETRY_COLUMN = "WKT";

  @Override
  public void layer(LayerInfo layer) {
    // one table for every layer: each row names its layer
  }

  @Override
  public void feature(ExportFeature feature) {
    List<String> cells = new ArrayList<>(properties.size() + 1);
    cells.add(wkt.write(feature.geometry()));
    for (String p : properties) {
      cells.add(feature.value(p));
    }
    IoAction.unchecked(() -> row(cells));
  }

  /** Flushes what is buffered. */
  @Override
  public void finish() {
    IoAction.unchecked(out::flush);
  }

  @Override
  public void abort() {
    // the stream belongs to the output; nothing else is held
  }

  private void row(List<String> cells) throws java.io.IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(cells.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * A field as RFC 4180 wants it: quoted when it holds a comma, quote or line break; quotes doubled; a
   * formula-like value neutralised first ({@link CellText}).
   */
  public static String quoted(String raw) {
    if (raw == null) {
      return "";
    }
    String value = CellText.neutralise(raw);
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
