package vn.thanhhoa.planmap.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text that GDAL's {@code ogrinfo} prints ({@link Gdal#ogrinfo}), the way a person reads it. */
public final class OgrInfo {
  private static final Pattern COUNT = Pattern.compile("Feature Count: (\\d+)");

  private OgrInfo() {}

  /** The first "Feature Count" in the output. */
  public static int featureCount(String ogrinfo) {
    Matcher m = COUNT.matcher(ogrinfo);
    assertTrue(m.find(), "no feature count in " + ogrinfo);
    return Integer.parseInt(m.group(1));
  }

  /** The "Feature Count" of a layer. */
  public static int featureCount(String ogrinfo, String layer) {
    return featureCount(layerBlock(ogrinfo, layer));
  }

  /** The output for one layer, from its "Layer name:" line to the next. */
  public static String layerBlock(String ogrinfo, String layer) {
    int start = ogrinfo.indexOf("Layer name: " + layer + "\n");
    assertTrue(start >= 0, "no layer " + layer + " in " + ogrinfo);
    int end = ogrinfo.indexOf("Layer name: ", start + 1);
    return ogrinfo.substring(start, end < 0 ? ogrinfo.length() : end);
  }

  /** The output for the feature holding a line, from its "OGRFeature" line to the next. */
  public static String featureBlock(String ogrinfo, String line) {
    int at = ogrinfo.indexOf(line);
    assertTrue(at >= 0, "no '" + line + "' in " + ogrinfo);
    int start = ogrinfo.lastIndexOf("OGRFeature", at);
    int end = ogrinfo.indexOf("OGRFeature", at);
    return ogrinfo.substring(start, end < 0 ? ogrinfo.length() : end);
  }

  /** The first geometry of this WKT type ({@code POLYGON}, {@code MULTIPOLYGON} …) as WKT. */
  public static String wkt(String ogrinfo, String type) {
    return ogrinfo.lines().map(String::strip).filter(l -> l.startsWith(type + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + ogrinfo));
  }

  /** The first value of a text field. */
  public static String value(String ogrinfo, String field) {
    String key = "  " + field + " (String) = ";
    int start = ogrinfo.indexOf(key);
    assertTrue(start >= 0, field + " in " + ogrinfo);
    return ogrinfo.substring(start + key.length(), ogrinfo.indexOf('\n', start));
  }
}
