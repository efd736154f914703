// Chart.js (4.5, served by planmap from its WebJar at /vendor/chartjs, never a CDN), loaded the first time
// a chart is drawn, and the colours of timeliness shared by the timeline and the dashboard. Chart.js was
// chosen over ECharts for its size (200 kB against 1 MB) and its plain canvas charts, which is all the
// two views need; its WebJar is on Maven Central like Leaflet's.

import { loadScript } from './script-loader.js';

const SRC = '/vendor/chartjs/chart.umd.min.js';

// @function loadChart(): Promise<Chart> — the Chart constructor (the script is added to the page once; a
// script that failed is removed, so the next call tries again)
export function loadChart() {
  return loadScript(SRC, () => globalThis.Chart);
}

// @const TIMELINESS_STYLE: per timeliness, a colour (distinct for the common colour-vision deficiencies
// once paired with the point shape) and a Chart.js point style
export const TIMELINESS_STYLE = {
  overdue: { colour: '#b2182b', point: 'triangle' },
  late: { colour: '#e08214', point: 'rectRot' },
  due_soon: { colour: '#8073ac', point: 'rect' },
  open: { colour: '#2166ac', point: 'circle' },
  on_time: { colour: '#1b7837', point: 'circle' },
  ongoing: { colour: '#6b6b6b', point: 'crossRot' },
};

// @const NOT_REPORTED_COLOUR: the dashboard's "not reported" column
export const NOT_REPORTED_COLOUR = '#3a3a3a';
