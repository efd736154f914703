package vn.thanhhoa.planmap.export;

import java.io.OutputStream;

/**
 * Where an export goes. It is opened once, when the first byte is ready, so that every error before it
 * (a bad request, an export too large, a database failure while building a GeoPackage) can still become a
 * problem response instead of a broken file.
 */
@FunctionalInterface
public interface Download {
  /** Sets the response's headers and returns its body. */
  OutputStream open();
}
