// The page's words in Vietnamese (default) and English. t(key) looks a word up in the current language;
// elements with data-i18n="key" (text), data-i18n-title, data-i18n-placeholder, data-i18n-aria-label get
// theirs from apply(root). Words are plain text: callers escape them like any other value.

const WORDS = {
  vi: {
    'app.title': 'Bản đồ Chương trình hành động thực hiện Nghị quyết 05-NQ/TU',
    'app.subtitle': 'Thành phố Thanh Hóa',
    'app.short': 'Bản đồ NQ 05-NQ/TU',
    'app.schematic': 'Hình học mang tính sơ đồ: vẽ từ các điểm tham chiếu công khai, không phải số liệu đo đạc. Xem độ chính xác của từng đối tượng trong bảng thông tin.',
    'app.loading': 'Đang tải bản đồ…',
    'map.label': 'Bản đồ',
    'app.loadError': 'Không tải được dữ liệu bản đồ. Hãy tải lại trang.',
    'basemap.unavailable': 'Bản đồ nền không tải được',
    'basemap.none': 'Không có bản đồ nền (chưa cấu hình)',
    'lang.switch': 'English',
    'lang.switchLabel': 'Switch to English',
    'tabs.layers': 'Lớp & chú giải',
    'tabs.tasks': 'Nhiệm vụ',
    'drawer.toggle': 'Lớp, chú giải, nhiệm vụ',
    'drawer.close': 'Đóng',
    'search.placeholder': 'Tìm địa điểm, nhiệm vụ, cơ quan…',
    'search.label': 'Tìm kiếm',
    'search.none': 'Không tìm thấy kết quả',
    'search.kind.feature': 'Địa điểm',
    'search.kind.task': 'Nhiệm vụ',
    'search.kind.agency': 'Cơ quan',
    'layers.heading': 'Lớp bản đồ',
    'layers.features': 'đối tượng',
    'legend.status': 'Tình trạng thực hiện Chương trình hành động',
    'legend.landuse': 'Màu và ký hiệu theo bản vẽ quy hoạch (TT 16/2025/TT-BXD), thêm mẫu tô để phân biệt không cần màu.',
    'legend.stalled': 'Dự án chậm tiến độ, dang dở',
    'legend.overdue': 'Có nhiệm vụ quá hạn (số: số năm quá hạn)',
    'legend.selected': 'Đối tượng đang chọn',
    'legend.dimmed': 'Không khớp bộ lọc (làm mờ)',
    'legend.badges': 'Hiện huy hiệu tình trạng',
    'tasks.heading': 'Nhiệm vụ của Chương trình',
    'tasks.filter.lead': 'Cơ quan chủ trì',
    'tasks.filter.window': 'Thời hạn',
    'tasks.filter.section': 'Mục',
    'tasks.filter.any': 'Tất cả',
    'tasks.window.overdue': 'Quá hạn',
    'tasks.window.quarter': 'Trong quý này',
    'tasks.window.year': 'Trong năm nay',
    'tasks.window.ongoing': 'Thường xuyên',
    'tasks.dim': 'Làm mờ trên bản đồ các đối tượng không khớp',
    'tasks.clear': 'Bỏ lọc',
    'tasks.count': '{n} / {total} nhiệm vụ',
    'tasks.today': 'Tính đến ngày {date}',
    'tasks.places': '{n} địa điểm',
    'tasks.noPlaces': 'Chưa gắn địa điểm',
    'tasks.none': 'Không có nhiệm vụ nào khớp bộ lọc.',
    'panel.close': 'Đóng bảng thông tin',
    'panel.layer': 'Lớp',
    'panel.kind': 'Loại',
    'panel.source': 'Câu trong Chương trình nêu địa điểm này',
    'panel.accuracy': 'Độ chính xác vị trí',
    'panel.ward2022': 'Địa bàn (theo Chương trình, 2022)',
    'panel.ward2025': 'Phường/xã hiện nay (2025)',
    'panel.statusNote': 'Tình hình theo nguồn công khai',
    'panel.ref': 'Nguồn tham chiếu',
    'panel.tasks': 'Nhiệm vụ liên quan',
    'panel.noTasks': 'Không gắn với nhiệm vụ nào của phụ lục.',
    'panel.task.lead': 'Chủ trì',
    'panel.task.partners': 'Phối hợp',
    'panel.task.product': 'Sản phẩm',
    'panel.task.deadline': 'Thời hạn',
    'panel.task.status': 'Tình trạng',
    'panel.task.note': 'Ghi chú biên tập',
    'panel.task.show': 'Xem các địa điểm của nhiệm vụ',
    'panel.task.places': 'Địa điểm',
    'panel.task.section': 'Mục',
    'panel.contentVi': 'Nội dung (nguyên văn)',
    'panel.zoom': 'Phóng tới',
    'panel.more': 'Xem toàn văn',
    'panel.less': 'Thu gọn',
    'panel.agency.lead': 'Chủ trì các nhiệm vụ',
    'panel.agency.partner': 'Phối hợp các nhiệm vụ',
    'panel.agency.filter': 'Lọc nhiệm vụ theo cơ quan này',
    'status.not_reported': 'Chưa có báo cáo',
    'status.not_started': 'Chưa triển khai',
    'status.in_progress': 'Đang triển khai',
    'status.submitted': 'Đã trình',
    'status.done': 'Hoàn thành',
    'status.blocked': 'Vướng mắc',
    'badge.overdue': 'Quá hạn',
    'badge.stalled': 'Dự án chậm tiến độ',
    'share.button': 'Chia sẻ',
    'share.copied': 'Đã chép liên kết',
    'share.copyFailed': 'Hãy chép địa chỉ trên thanh trình duyệt',
    'export.button': 'Xuất dữ liệu',
    'export.heading': 'Xuất các lớp đang hiện',
    'export.format': 'Định dạng',
    'export.crs': 'Hệ tọa độ',
    'export.layers': 'Lớp',
    'export.filters': 'Bộ lọc đang áp dụng',
    'export.noFilters': 'Không lọc: toàn bộ đối tượng',
    'export.download': 'Tải về',
    'export.fallback': 'Máy chủ này chưa có dịch vụ xuất (/export): chỉ tải được GeoJSON (WGS84), ghép từ các lớp đang hiện.',
    'export.perLayer': 'Hoặc từng lớp (GeoJSON):',
    'export.noLayers': 'Hãy bật ít nhất một lớp.',
    'export.close': 'Đóng',
    'crs.wgs84': 'WGS84 (kinh độ, vĩ độ)',
    'crs.vn2000-utm48': 'VN-2000 / UTM múi 48N',
    'crs.vn2000-thanhhoa': 'VN-2000 Thanh Hóa (TM-3, KTT 105°00′)',
    'format.geojson': 'GeoJSON',
    'format.gpkg': 'GeoPackage',
    'format.shp': 'Shapefile (zip)',
    'format.kml': 'KML (Google Earth)',
    'format.csv': 'CSV',
    'format.xlsx': 'Excel (xlsx)',
    'format.pack': 'Gói dữ liệu (zip)',
  },
  en: {
    'app.title': 'Map of the action programme for Resolution 05-NQ/TU',
    'app.subtitle': 'Thanh Hóa city',
    'app.short': 'Resolution 05 map',
    'app.schematic': 'Geometries are schematic: drawn from public reference points, not surveyed. Each feature’s accuracy is in its panel.',
    'app.loading': 'Loading the map…',
    'map.label': 'Map',
    'app.loadError': 'The map data could not be loaded. Please reload the page.',
    'basemap.unavailable': 'Basemap unavailable',
    'basemap.none': 'No basemap (not configured)',
    'lang.switch': 'Tiếng Việt',
    'lang.switchLabel': 'Chuyển sang tiếng Việt',
    'tabs.layers': 'Layers & legend',
    'tabs.tasks': 'Tasks',
    'drawer.toggle': 'Layers, legend, tasks',
    'drawer.close': 'Close',
    'search.placeholder': 'Search places, tasks, agencies…',
    'search.label': 'Search',
    'search.none': 'No results',
    'search.kind.feature': 'Place',
    'search.kind.task': 'Task',
    'search.kind.agency': 'Agency',
    'layers.heading': 'Layers',
    'layers.features': 'features',
    'legend.status': 'Implementation status of the action programme',
    'legend.landuse': 'Colours and symbols after planning drawings (TT 16/2025/TT-BXD), with hatches that tell kinds apart without colour.',
    'legend.stalled': 'Stalled or unfinished project',
    'legend.overdue': 'Has an overdue task (number: years overdue)',
    'legend.selected': 'Selected feature',
    'legend.dimmed': 'Does not match the filter (dimmed)',
    'legend.badges': 'Show status badges',
    'tasks.heading': 'Programme tasks',
    'tasks.filter.lead': 'Lead agency',
    'tasks.filter.window': 'Deadline',
    'tasks.filter.section': 'Section',
    'tasks.filter.any': 'All',
    'tasks.window.overdue': 'Overdue',
    'tasks.window.quarter': 'This quarter',
    'tasks.window.year': 'This year',
    'tasks.window.ongoing': 'Ongoing',
    'tasks.dim': 'Dim map features that do not match',
    'tasks.clear': 'Clear filters',
    'tasks.count': '{n} / {total} tasks',
    'tasks.today': 'As of {date}',
    'tasks.places': '{n} places',
    'tasks.noPlaces': 'No places linked',
    'tasks.none': 'No task matches the filters.',
    'panel.close': 'Close the panel',
    'panel.layer': 'Layer',
    'panel.kind': 'Kind',
    'panel.source': 'The programme’s sentence naming this place',
    'panel.accuracy': 'Positional accuracy',
    'panel.ward2022': 'Area (as named by the programme, 2022)',
    'panel.ward2025': 'Ward today (2025)',
    'panel.statusNote': 'Progress according to public sources',
    'panel.ref': 'Reference',
    'panel.tasks': 'Linked tasks',
    'panel.noTasks': 'Not linked to any task of the appendix.',
    'panel.task.lead': 'Lead',
    'panel.task.partners': 'Partners',
    'panel.task.product': 'Product',
    'panel.task.deadline': 'Deadline',
    'panel.task.status': 'Status',
    'panel.task.note': 'Editorial note',
    'panel.task.show': 'Show the task’s places',
    'panel.task.places': 'Places',
    'panel.task.section': 'Section',
    'panel.contentVi': 'Content (verbatim, Vietnamese)',
    'panel.zoom': 'Zoom to',
    'panel.more': 'Show the whole sentence',
    'panel.less': 'Show less',
    'panel.agency.lead': 'Leads tasks',
    'panel.agency.partner': 'Partner in tasks',
    'panel.agency.filter': 'Filter tasks by this agency',
    'status.not_reported': 'Not reported',
    'status.not_started': 'Not started',
    'status.in_progress': 'In progress',
    'status.submitted': 'Submitted',
    'status.done': 'Done',
    'status.blocked': 'Blocked',
    'badge.overdue': 'Overdue',
    'badge.stalled': 'Stalled project',
    'share.button': 'Share',
    'share.copied': 'Link copied',
    'share.copyFailed': 'Copy the address from the browser bar',
    'export.button': 'Export',
    'export.heading': 'Export the visible layers',
    'export.format': 'Format',
    'export.crs': 'Coordinate system',
    'export.layers': 'Layers',
    'export.filters': 'Active filters',
    'export.noFilters': 'No filter: every feature',
    'export.download': 'Download',
    'export.fallback': 'This server has no export service (/export) yet: only GeoJSON (WGS84) is available, merged from the visible layers.',
    'export.perLayer': 'Or one layer at a time (GeoJSON):',
    'export.noLayers': 'Turn on at least one layer.',
    'export.close': 'Close',
    'crs.wgs84': 'WGS84 (longitude, latitude)',
    'crs.vn2000-utm48': 'VN-2000 / UTM zone 48N',
    'crs.vn2000-thanhhoa': 'VN-2000 Thanh Hóa (TM-3, CM 105°00′)',
    'format.geojson': 'GeoJSON',
    'format.gpkg': 'GeoPackage',
    'format.shp': 'Shapefile (zip)',
    'format.kml': 'KML (Google Earth)',
    'format.csv': 'CSV',
    'format.xlsx': 'Excel (xlsx)',
    'format.pack': 'Data pack (zip)',
  },
};

export const LANGS = ['vi', 'en'];
let current = 'vi';

// @function setLang(lang: 'vi'|'en'): void — unknown values fall back to Vietnamese.
export function setLang(lang) {
  current = LANGS.includes(lang) ? lang : 'vi';
}

// @function lang(): 'vi'|'en'
export function lang() {
  return current;
}

// @function t(key: string, vars?: object): string
// The word for key in the current language, with {name} placeholders filled; the key itself when missing.
export function t(key, vars) {
  const s = WORDS[current][key] ?? WORDS.vi[key] ?? key;
  if (!vars) {
    return s;
  }
  return s.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

// @function pick(vi: string, en: string): string
// The English text when the page is in English and it exists, else the Vietnamese.
export function pick(vi, en) {
  return current === 'en' && en ? en : vi ?? '';
}

// @function apply(root: Element): void
// Fills data-i18n* elements under root, and the document's lang attribute.
export function apply(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  for (const attr of ['title', 'placeholder', 'aria-label']) {
    const data = 'i18n' + attr.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
    root.querySelectorAll(`[data-i18n-${attr}]`).forEach((el) => {
      el.setAttribute(attr, t(el.dataset[data]));
    });
  }
  if (root.ownerDocument || root.documentElement) {
    (root.ownerDocument || root).documentElement.lang = current;
  }
}
