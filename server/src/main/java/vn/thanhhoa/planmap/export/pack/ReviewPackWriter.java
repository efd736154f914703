package vn.thanhhoa.planmap.export.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.thanhhoa.planmap.export.gpkg.GeoPackageWriter;
import vn.thanhhoa.planmap.export.kml.KmlWriter;
import vn.thanhhoa.planmap.export.shapefile.ShapefileWriter;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportWriter;
import vn.thanhhoa.planmap.export.spi.ZipWriter;
import vn.thanhhoa.planmap.export.xlsx.TaskWorkbookWriter;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.http.IoAction;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * Writes the review pack, a composite of the other formats: one zip holding a README.txt ({@link PackReadme}), the
 * GeoPackage, the Shapefiles (under {@code shapefiles/}, with their field-name README), the KML (always WGS84) and
 * the tasks workbook.
 *
 * <p>Every step of the lifecycle goes to each part in turn, so features pass once; each part writes into a folder
 * of its own in the pack's folder, and {@link #finish} zips the parts to the download once they are all complete.
 */
public final class ReviewPackWriter implements ExportWriter {
  /** The review pack: GeoPackage, Shapefiles, KML, the tasks workbook and a README, in one zip. */
  public static final ExportFormat FORMAT = new ExportFormat("pack", "application/zip",
      "planmap-{layers}-{crs}-{day}-review.zip", true, ExportFormat.Reading.FEATURES, ReviewPackWriter::new);

  private final ExportJob job;
  private final List<Part> parts;
  private final TaskWorkbookWriter workbook;
  private final Map<String, Integer> byClass = new HashMap<>();
  private long features;

  /** One part: its writer, the writer's own folder, and where its result is kept until the pack is zipped. */
  private record Part(ExportWriter writer, Path folder, PackPart output) {}

  public ReviewPackWriter(ExportJob job) {
    this.job = job;
    Path workbookFolder = job.folder().resolve("workbook-temp");
    PackPart workbookOutput = new PackPart(partName(job, TaskWorkbookWriter.FORMAT), job.folder());
    this.workbook = new TaskWorkbookWriter(job.part(workbookFolder, workbookOutput));
    this.parts = List.of(
        part("gpkg", partName(job, GeoPackageWriter.FORMAT), GeoPackageWriter::new),
        part("shapefiles", "shapefiles/", ShapefileWriter::new),
        part("kml", partName(job, KmlWriter.FORMAT), KmlWriter::new),
        new Part(workbook, workbookFolder, workbookOutput));
  }

  private Part part(String folder, String name, Function<ExportJob, ExportWriter> writer) {
    Path dir = job.folder().resolve(folder);
    PackPart output = new PackPart(name, job.folder());
    return new Part(writer.apply(job.part(dir, output)), dir, output);
  }

  /** The name of a part in the pack: the name it would have as a download of its own (KML in WGS84). */
  static String partName(ExportJob job, ExportFormat format) {
    return job.fileName(format, format == KmlWriter.FORMAT ? Crs.WGS84 : job.crs());
  }

  @Override
  public void start() {
    for (Part p : parts) {
      createFolder(p.folder());
      p.writer().start();
    }
  }

  @Override
  public void layer(LayerInfo layer) {
    parts.forEach(p -> p.writer().layer(layer));
  }

  @Override
  public void feature(ExportFeature feature) {
    for (Part p : parts) {
      p.writer().feature(feature);
    }
    byClass.merge(feature.accuracyClass(), 1, Integer::sum);
    features++;
  }

  /** Completes every part, then writes the zip to the output. */
  @Override
  public void finish() {
    parts.forEach(p -> p.writer().finish());
    OutputStream out = job.output().stream();
    ZipWriter zip = new ZipWriter(out);
    zip.text("README.txt", new PackReadme(job, features, workbook.rows(), byClass).text());
    parts.forEach(p -> p.output().zipInto(zip));
    zip.finish();
    IoAction.unchecked(out::flush);
  }

  /** Aborts every part (their files are deleted with the export's folder). */
  @Override
  public void abort() {
    for (Part p : parts) {
      p.writer().abort();
      try {
        p.output().close();
      } catch (UncheckedIOException e) {
        // the pack failed already
      }
    }
  }

  private static void createFolder(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("creating " + dir, e);
    }
  }
}
