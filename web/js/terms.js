// The API's terms as the front end uses them, each declared once: roles, export formats and coordinate
// systems, the CRSs a drawing or a scan may be in, progress and timeliness values, accuracy classes, the
// attachment policy and the deadline windows. The server declares and enforces the same terms (and refuses
// a value outside them); the dictionaries (words/*.js) name each value. Pure data.

// @const ROLES: the roles of a user, from least to most rights ('viewer': nobody signed in)
export const ROLES = Object.freeze(['viewer', 'reporter', 'editor', 'admin']);

// @const EXPORT_FORMATS: /export's formats, in the order a planner reaches for them
export const EXPORT_FORMATS = Object.freeze(['gpkg', 'shp', 'kml', 'geojson', 'csv', 'xlsx', 'pack']);
// @const EXPORT_WGS84_ONLY: the formats that are always WGS84 (KML, GeoJSON: their standards say so)
export const EXPORT_WGS84_ONLY = Object.freeze(['kml', 'geojson']);
// @const EXPORT_NO_GEOMETRY: the formats without geometry (the workbook)
export const EXPORT_NO_GEOMETRY = Object.freeze(['xlsx']);
// @const EXPORT_CRSS: /export's coordinate systems (WGS84, VN-2000 UTM zone 48, VN-2000 Thanh Hóa's zone)
export const EXPORT_CRSS = Object.freeze(['wgs84', 'vn2000-utm48', 'vn2000-thanhhoa']);

// @const SOURCE_CRSS: the CRSs of an office drawing or a scan's control points (VN-2000 UTM 48N, VN-2000
// Thanh Hóa 3° zone); an import may also be in WGS84 (IMPORT_CRSS)
export const SOURCE_CRSS = Object.freeze(['EPSG:5897', 'EPSG:3405']);
// @const IMPORT_CRSS: the CRSs POST /imports accepts besides the one a file declares
export const IMPORT_CRSS = Object.freeze([...SOURCE_CRSS, 'EPSG:4326']);

// @const TIMELINESS: the timeliness values, worst first (the order of legends and charts)
export const TIMELINESS = Object.freeze(['overdue', 'late', 'due_soon', 'open', 'on_time', 'ongoing']);
// @const PROGRESS: the progress values, in the order of a report's life ('not_reported': no report yet)
export const PROGRESS = Object.freeze(['not_reported', 'not_started', 'in_progress', 'submitted', 'done', 'blocked']);
// @const REPORT_STATUSES: the statuses a progress report may state
export const REPORT_STATUSES = Object.freeze(PROGRESS.filter((p) => p !== 'not_reported'));

// @const ACCURACY_CLASSES: the accuracy classes, most to least certain
export const ACCURACY_CLASSES = Object.freeze(['surveyed', 'from_plan', 'inferred', 'schematic', 'not_located']);

// @const ATTACHMENT_TYPES: the media types a report's file may have (the server checks the content too)
export const ATTACHMENT_TYPES = Object.freeze(['application/pdf', 'image/png', 'image/jpeg']);
// @const ATTACHMENT_ACCEPT: a file input's accept attribute for them (types and the usual extensions)
export const ATTACHMENT_ACCEPT = [...ATTACHMENT_TYPES, '.pdf', '.png', '.jpg', '.jpeg'].join(',');
// @const ATTACHMENT_MAX_BYTES: the largest file a report may carry (5 MiB)
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

// @const SCAN_TYPES: the media types of a scanned plan
export const SCAN_TYPES = Object.freeze(['image/png', 'image/jpeg']);
// @const SCAN_MAX_BYTES: the largest scanned plan (20 MiB)
export const SCAN_MAX_BYTES = 20 * 1024 * 1024;

// @const WINDOWS: the deadline windows the tasks view filters by
export const WINDOWS = Object.freeze(['overdue', 'late', 'due_soon', 'quarter', 'year', 'ongoing']);
