package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of an import, ready to preview and apply.
 *
 * @param index      its position in the file (from 0, in GDAL's reading order)
 * @param layer      the file's layer it came from
 * @param properties its attributes
 * @param geometry   WGS84 lon/lat (SRID 4326), valid and inside the region
 */
record ImportedFeature(int index, String layer, ObjectNode properties, Geometry geometry) {}
