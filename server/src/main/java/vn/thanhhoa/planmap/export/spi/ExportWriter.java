package vn.thanhhoa.planmap.export.spi;

import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * How every export format is written: one writer per export, made by its {@link ExportFormat} for an
 * {@link ExportJob}, and driven through one lifecycle by the exporter:
 *
 * <pre>
 *   start → (layer → feature*)* → finish        when every step succeeds
 *   … → abort                                   after any failure (instead of finish, or after it failed)
 * </pre>
 *
 * <p>{@link #layer} is called for every exported layer, in drawing order, also for a layer with no feature;
 * the features that follow belong to it. Writers hold no feature after {@link #feature} returns, so memory
 * stays bounded whatever the size of the export. A writer sends its result through the job's
 * {@link ExportOutput}: streaming formats as they go, file formats once the file is complete (so a failure while
 * building it can still become a problem response).
 */
public interface ExportWriter {
  /** Opens what the writer needs (files, the start of a document). */
  void start();

  /** The next layer begins; its features follow. */
  void layer(LayerInfo layer);

  /** Writes one feature of the current layer. */
  void feature(ExportFeature feature);

  /** Completes the file (reading the tasks it needs from the job) and sends it to the job's output. */
  void finish();

  /**
   * Releases what the writer holds after a failure, without sending anything more; never throws. The job's
   * folder, and the files in it, are deleted by the exporter afterwards.
   */
  void abort();
}
