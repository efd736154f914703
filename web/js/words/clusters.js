// Words of the groups of points that overlap at the current zoom (point-clusters.js) and of their legend row.
export default {
  vi: {
    'cluster.title': '{n} địa điểm gần như trùng vị trí ở mức thu phóng này: bấm để tách ra',
    'cluster.legend': 'nhiều địa điểm gần như trùng vị trí ở mức thu phóng này (thường là vị trí gần đúng); bấm vào số để tách ra từng địa điểm, vùng sai số của mỗi điểm vẫn vẽ tại vị trí đã nêu',
    'cluster.print': 'nhiều địa điểm gần như trùng vị trí ở tỷ lệ này (thường là vị trí gần đúng): số là số địa điểm',
  },
  en: {
    'cluster.title': '{n} places at almost the same position at this zoom: click to spread them out',
    'cluster.legend': 'several places at almost the same position at this zoom (usually approximate positions); click the number to spread them out, each keeps its uncertainty drawn at its stated position',
    'cluster.print': 'several places at almost the same position at this scale (usually approximate positions): the number is how many',
  },
};
