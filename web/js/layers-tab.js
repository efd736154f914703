// The drawer's layers tab: each layer with its switch, its feature count and the legend of its kinds, then
// the legends of the badges, the timeliness chips and the accuracy classes, then the scans. The visible
// layers are the store's `layers` (null: all); switching one records a history step.

import { escapeHtml } from './format.js';
import { t, pick } from './i18n.js';
import { swatch, badgeHtml, haloSwatch, dimSwatch } from './styles.js';
import { timelinessLegendHtml } from './tasks.js';
import { legendHtml as accuracyLegendHtml } from './accuracy.js';

export class LayersTab {
  // @param root     the tab's element
  // @param store    the app's store (catalog, layers)
  // @param history  share.js's History
  // @param planMap  the PlanMap (layer visibility, badges)
  // @param scans    the ScansView (mounted under the legends)
  constructor(root, store, history, planMap, scans) {
    this.root = root;
    this.store = store;
    this.history = history;
    this.planMap = planMap;
    this.scans = scans;
    root.addEventListener('change', (e) => this.onChange(e));
  }

  // @method showLayers(): shows the store's visible layers on the map
  showLayers() {
    const { catalog, layers } = this.store.state;
    for (const id of catalog.order) {
      this.planMap.setLayerVisible(id, layers === null || layers.includes(id));
    }
  }

  render() {
    const { catalog } = this.store.state;
    const html = [`<h2 class="pm-h2">${escapeHtml(t('layers.heading'))}</h2>
      <p class="pm-small pm-muted">${escapeHtml(t('legend.landuse'))}</p><ul class="pm-layer-list">`];
    for (const id of catalog.order) {
      html.push(this.layerHtml(id, catalog.layers.get(id)));
    }
    html.push('</ul>');
    html.push(`<h2 class="pm-h2">${escapeHtml(t('legend.status'))}</h2>
      <ul class="pm-legend pm-legend-status">
        <li><span class="pm-swatches">${badgeHtml('stalled')}</span><span>${escapeHtml(t('legend.stalled'))}</span></li>
        <li><span class="pm-swatches">${badgeHtml('overdue', 3)}</span><span>${escapeHtml(t('legend.overdue'))}</span></li>
        <li><span class="pm-swatches">${haloSwatch()}</span><span>${escapeHtml(t('legend.selected'))}</span></li>
        <li><span class="pm-swatches">${dimSwatch()}</span><span>${escapeHtml(t('legend.dimmed'))}</span></li>
      </ul>
      ${timelinessLegendHtml()}
      <label class="pm-check"><input type="checkbox" name="badges"${this.planMap.badgesOn ? ' checked' : ''}> ${escapeHtml(t('legend.badges'))}</label>
      ${accuracyLegendHtml()}
      <p class="pm-small pm-muted">${escapeHtml(t('app.schematic'))}</p>`);
    this.root.innerHTML = html.join('');
    this.scans.mount(this.root);
  }

  layerHtml(id, c) {
    const visible = this.planMap.isLayerVisible(id);
    const kinds = (c.kinds || []).map((k) => {
      const shapes = c.shapes.get(k.id);
      const swatches = shapes && shapes.size ? [...shapes].map((s) => swatch(k.id, s)).join('') : swatch(k.id);
      return `<li><span class="pm-swatches">${swatches}</span><span>${escapeHtml(pick(k.label_vi, k.label_en))}</span></li>`;
    }).join('');
    return `<li class="pm-layer" data-layer="${escapeHtml(id)}">
      <label class="pm-check pm-layer-toggle"><input type="checkbox" name="layer" value="${escapeHtml(id)}"${visible ? ' checked' : ''}>
        <span class="pm-layer-title">${escapeHtml(pick(c.title, c.title_en))}</span>
        <span class="pm-count-badge" title="${escapeHtml(t('layers.features'))}">${escapeHtml(c.loaded)}</span></label>
      <p class="pm-layer-desc">${escapeHtml(pick(c.description, c.description_en))}</p>
      <ul class="pm-legend">${kinds}</ul></li>`;
  }

  onChange(e) {
    const el = e.target;
    if (el.name === 'badges') {
      this.planMap.setBadges(el.checked);
      return;
    }
    if (el.name !== 'layer') {
      return;
    }
    this.planMap.setLayerVisible(el.value, el.checked);
    const { order } = this.store.state.catalog;
    const visible = order.filter((id) => this.planMap.isLayerVisible(id));
    this.store.set({ layers: visible.length === order.length ? null : visible });
    this.history.push(this.store.state);
  }
}
