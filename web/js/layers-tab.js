// The drawer's layers tab: each layer with its switch, its feature count and the legend of its kinds, then
// the legends of the badges, the timeliness chips and the accuracy classes, then the scans. The visible
// layers are the store's `layers` (null: all); switching one records a history step.

import { html, render, live, markup } from './html.js';
import { t, pick, lang } from './i18n.js';
import { swatch, badgeHtml, haloSwatch, dimSwatch } from './styles.js';
import { timelinessLegend } from './task-parts.js';
import { LOOKS, legendSwatch } from './accuracy.js';
import { ACCURACY_CLASSES as CLASSES } from './terms.js';

const legendRow = (swatches, label) => html`<li><span class="pm-swatches">${markup(swatches)}</span><span>${label}</span></li>`;

// the legend's section on accuracy, one row per class
function accuracyLegend() {
  return html`<h2 class="pm-h2">${t('accuracy.legend.title')}</h2>
    <p class="pm-small pm-muted">${t('accuracy.legend.note')}</p>
    <ul class="pm-legend pm-legend-accuracy">${CLASSES.map((cls) => html`<li data-accuracy-legend=${cls}><span class="pm-swatches">${markup(legendSwatch(cls))}</span><span><b>${t(`accuracy.class.${cls}`)}</b> — ${t(`accuracy.legend.${LOOKS[cls].edge}`)}</span></li>`)}
      <li data-cluster-legend><span class="pm-swatches"><span class="pm-cluster pm-cluster-swatch"><span>3</span></span></span><span>${t('cluster.legend')}</span></li></ul>
    <p class="pm-small"><a href="/quality.html${lang() === 'en' ? '#lang=en' : ''}" id="pm-quality-link">${t('quality.link')}</a></p>`;
}

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
    render(html`<h2 class="pm-h2">${t('layers.heading')}</h2>
      <p class="pm-small pm-muted">${t('legend.landuse')}</p>
      <ul class="pm-layer-list">${catalog.order.map((id) => this.layer(id, catalog.layers.get(id)))}</ul>
      <h2 class="pm-h2">${t('legend.status')}</h2>
      <ul class="pm-legend pm-legend-status">
        ${legendRow(badgeHtml('stalled'), t('legend.stalled'))}
        ${legendRow(badgeHtml('overdue', 3), t('legend.overdue'))}
        ${legendRow(haloSwatch(), t('legend.selected'))}
        ${legendRow(dimSwatch(), t('legend.dimmed'))}
      </ul>
      ${timelinessLegend()}
      <label class="pm-check"><input type="checkbox" name="badges" .checked=${live(this.planMap.badgesOn)}> ${t('legend.badges')}</label>
      ${accuracyLegend()}
      <p class="pm-small pm-muted">${t('app.schematic')}</p>`, this.root);
    this.scans.mount(this.root);
  }

  layer(id, c) {
    const kinds = (c.kinds || []).map((k) => {
      const shapes = c.shapes.get(k.id);
      return legendRow(shapes && shapes.size ? [...shapes].map((s) => swatch(k.id, s)).join('') : swatch(k.id),
        pick(k.label_vi, k.label_en));
    });
    return html`<li class="pm-layer" data-layer=${id}>
      <label class="pm-check pm-layer-toggle"><input type="checkbox" name="layer" value=${id} .checked=${live(this.planMap.isLayerVisible(id))}>
        <span class="pm-layer-title">${pick(c.title, c.title_en)}</span>
        <span class="pm-count-badge" title=${t('layers.features')}>${c.loaded}</span></label>
      <p class="pm-layer-desc">${pick(c.description, c.description_en)}</p>
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
