package vn.thanhhoa.planmap.geo;

import org.locationtech.jts.geom.Envelope;

/** The region planmap covers: Thanh Hóa city after the 2024–25 merger, with a margin. WGS84 degrees. */
public final class Region {
  /** lon 105.62–105.90, lat 19.70–19.92: frames every place the programme names. */
  public static final Envelope ENVELOPE = new Envelope(105.62, 105.90, 19.70, 19.92);

  private Region() {}
}
