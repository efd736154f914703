package vn.thanhhoa.planmap.export.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the geometry half of a Shapefile, the {@code .shp} and its index {@code .shx}, as the ESRI
 * Shapefile Technical Description (1998) lays them out: a 100-byte header (big-endian file code and length
 * in 16-bit words, little-endian version, shape type and bounding box), then one record per shape.
 *
 * <p>Polygon rings are written with the outer rings clockwise and the holes counter-clockwise, as the
 * format requires, whatever their orientation in the source. The headers' lengths and bounding box are
 * written on {@link #close()}.
 */
public final class ShapeGeometryWriter implements AutoCloseable {
  private static final int HEADER_LENGTH = 100;
  private static final int FILE_CODE = 9994;
  private static final int VERSION = 1000;

  private final ShapeType type;
  private final BufferedFile shp;
  private final BufferedFile shx;
  private final Envelope extent = new Envelope();
  private long shpLength = HEADER_LENGTH;
  private long shxLength = HEADER_LENGTH;
  private int records;

  public ShapeGeometryWriter(Path shpFile, Path shxFile, ShapeType type) {
    this.type = type;
    this.shp = new BufferedFile(shpFile, HEADER_LENGTH);
    this.shx = new BufferedFile(shxFile, HEADER_LENGTH);
  }

  /**
   * Writes one shape.
   *
   * @param g a geometry of this writer's {@link ShapeType}, 2D
   */
  public void write(Geometry g) {
    if (ShapeType.of(g) != type) {
      throw new IllegalArgumentException("a " + g.getGeometryType() + " does not go in a " + type + " Shapefile");
    }
    ByteBuffer content = switch (type) {
      case POINT -> point(g.getCoordinate());
      case MULTIPOINT -> multiPoint(g.getCoordinates(), g.getEnvelopeInternal());
      case POLYLINE -> parts(lines(g), g.getEnvelopeInternal());
      case POLYGON -> parts(rings(g), g.getEnvelopeInternal());
    };
    int contentLength = content.limit();
    ByteBuffer recordHeader = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
    recordHeader.putInt(++records).putInt(contentLength / 2).flip();
    ByteBuffer index = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
    index.putInt((int) (shpLength / 2)).putInt(contentLength / 2).flip();
    shp.write(recordHeader);
    shp.write(content);
    shx.write(index);
    shpLength += 8 + contentLength;
    shxLength += 8;
    extent.expandToInclude(g.getEnvelopeInternal());
  }

  /** Shapes written so far. */
  public int records() {
    return records;
  }

  /** Writes both headers and closes both files. */
  @Override
  public void close() {
    try (shp; shx) {
      shp.writeAt(header(shpLength), 0);
      shx.writeAt(header(shxLength), 0);
    }
  }

  private ByteBuffer header(long fileLength) {
    ByteBuffer b = ByteBuffer.allocate(HEADER_LENGTH);
    b.order(ByteOrder.BIG_ENDIAN).putInt(FILE_CODE);
    b.position(24);
    b.putInt((int) (fileLength / 2));
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION).putInt(type.code());
    Envelope e = extent.isNull() ? new Envelope(0, 0, 0, 0) : extent;
    b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    b.putDouble(0).putDouble(0).putDouble(0).putDouble(0); // Z and M ranges: unused
    b.flip();
    return b;
  }

  private ByteBuffer point(Coordinate c) {
    ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(type.code()).putDouble(c.x).putDouble(c.y).flip();
    return b;
  }

  private ByteBuffer multiPoint(Coordinate[] points, Envelope box) {
    ByteBuffer b = ByteBuffer.allocate(40 + 16 * points.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(type.code());
    box(b, box);
    b.putInt(points.length);
    for (Coordinate c : points) {
      b.putDouble(c.x).putDouble(c.y);
    }
    b.flip();
    return b;
  }

  /** A PolyLine or Polygon record: shape type, box, part and point counts, part starts, points. */
  private ByteBuffer parts(List<Coordinate[]> parts, Envelope box) {
    int points = parts.stream().mapToInt(p -> p.length).sum();
    ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(type.code());
    box(b, box);
    b.putInt(parts.size()).putInt(points);
    int start = 0;
    for (Coordinate[] part : parts) {
      b.putInt(start);
      start += part.length;
    }
    for (Coordinate[] part : parts) {
      for (Coordinate c : part) {
        b.putDouble(c.x).putDouble(c.y);
      }
    }
    b.flip();
    return b;
  }

  private static void box(ByteBuffer b, Envelope e) {
    b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
  }

  private static List<Coordinate[]> lines(Geometry g) {
    List<Coordinate[]> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      out.add(g.getGeometryN(i).getCoordinates());
    }
    return out;
  }

  /** Every ring of every polygon: outer rings clockwise, holes counter-clockwise. */
  private static List<Coordinate[]> rings(Geometry g) {
    List<Coordinate[]> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      out.add(oriented(p.getExteriorRing(), false));
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        out.add(oriented(p.getInteriorRingN(h), true));
      }
    }
    return out;
  }

  private static Coordinate[] oriented(LinearRing ring, boolean counterClockwise) {
    Coordinate[] c = ring.getCoordinates();
    if (Orientation.isCCW(c) != counterClockwise) {
      Coordinate[] reversed = c.clone();
      Collections.reverse(Arrays.asList(reversed));
      return reversed;
    }
    return c;
  }
}
