package vn.thanhhoa.planmap.coordinates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** PROJ's {@code cs2cs} (Debian proj-bin, installed by the launcher), the independent reference for VN-2000. */
public final class Cs2cs {
  private Cs2cs() {}

  /**
   * Eastings and northings (metres) of WGS84 positions in EPSG:epsg, as cs2cs computes them with the EPSG
   * definitions of PROJ's database (EPSG:4326 input is latitude first).
   *
   * @param lonLat positions as {lon, lat} in degrees
   */
  public static List<double[]> run(int epsg, List<double[]> lonLat) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("cs2cs", "-f", "%.4f", "EPSG:4326", "EPSG:" + epsg).redirectErrorStream(true).start();
    StringBuilder in = new StringBuilder();
    lonLat.forEach(ll -> in.append(ll[1]).append(' ').append(ll[0]).append('\n'));
    p.getOutputStream().write(in.toString().getBytes(StandardCharsets.US_ASCII));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "cs2cs finished");
    assertEquals(0, p.exitValue(), out);
    List<double[]> xy = new ArrayList<>();
    for (String line : out.strip().split("\n")) {
      String[] f = line.strip().split("\\s+");
      xy.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
    }
    return xy;
  }
}
