package vn.thanhhoa.planmap.imports;

import java.util.List;
import vn.thanhhoa.planmap.geo.Crs;

/**
 * What an uploaded file held, read and checked.
 *
 * @param format    its format
 * @param crs       the CRS its coordinates were read in
 * @param crsFrom   {@code file} when the file stated it, {@code chosen} when the editor did
 * @param axisSwapped true when a CSV's X and Y columns followed the Vietnamese surveying convention
 *                  (X = northing) and were swapped
 * @param features  its features, in WGS84
 */
record ImportedFile(ImportFormat format, Crs crs, String crsFrom, boolean axisSwapped,
    List<ImportedFeature> features) {}
