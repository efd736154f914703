package vn.thanhhoa.planmap.export;

/** A writer that takes the features of an export one at a time, in layer order, holding none of them. */
public interface FeatureSink {
  /** Writes one feature. */
  void write(ExportFeature feature);
}
