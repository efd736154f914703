package vn.thanhhoa.planmap.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files to import, built by GDAL itself: {@code ogr2ogr} turns a WGS84 GeoJSON into the format, in the
 * CRS asked; zips are built with {@code java.util.zip}.
 */
public final class ImportFiles {
  private ImportFiles() {}

  /**
   * Runs {@code ogr2ogr -f driver out.ext source.geojson [-t_srs crs] extra…} in a temporary folder.
   *
   * @param geojson the source, WGS84
   * @param ext     the output's extension ("gpkg", "kml", "dxf", "csv"; "shp" gives a zip of the set)
   * @return the output's bytes
   */
  public static byte[] build(String geojson, String driver, String ext, String crs, String... extra) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("planmap-import-test");
      Files.writeString(dir.resolve("source.geojson"), geojson);
      List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-f", driver));
      String out = ext.equals("shp") ? "shp" : "out." + ext;
      cmd.add(out);
      cmd.add("source.geojson");
      if (crs != null) {
        cmd.addAll(List.of("-t_srs", crs));
      }
      cmd.addAll(List.of(extra));
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("ogr2ogr failed: " + cmd + "\n" + log);
      }
      if (ext.equals("shp")) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip); Stream<Path> files = Files.list(dir.resolve("shp"))) {
          for (Path f : files.sorted().toList()) {
            z.putNextEntry(new ZipEntry("khu/" + f.getFileName()));
            z.write(Files.readAllBytes(f));
            z.closeEntry();
          }
        }
        return zip.toByteArray();
      }
      return Files.readAllBytes(dir.resolve(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      delete(dir);
    }
  }

  /** A zip of the given entries (name, bytes, name, bytes …). */
  public static byte[] zip(Object... entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) entries[i]));
        z.write((byte[]) entries[i + 1]);
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A zip of one entry of {@code megabytes} MB of zeros (it compresses a thousandfold). */
  public static byte[] zipOfZeros(int megabytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("khu.shp"));
      byte[] mb = new byte[1024 * 1024];
      for (int i = 0; i < megabytes; i++) {
        z.write(mb);
      }
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
