package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as GDAL read it from the file, before any transformation.
 *
 * @param layer      the file's layer (GeoPackage table, KML folder, DXF "entities" …)
 * @param properties its attributes, as GDAL typed them
 * @param geometry   in the file's coordinates (2D), null when the feature has none
 */
record SourceFeature(String layer, ObjectNode properties, Geometry geometry) {}
