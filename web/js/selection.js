// The selection (the store's `sel`: a feature, a task or an agency): what the panel shows, what the map
// highlights, what the tasks list marks, and where the map moves to show it.

const PHONE = window.matchMedia('(max-width: 720px)');

// @function selectionFeatureIds(sel, catalog): string[] — the features a selection highlights (a task's
// places; none for an agency)
export function selectionFeatureIds(sel, catalog) {
  if (!sel) {
    return [];
  }
  if (sel.type === 'feature') {
    return [sel.id];
  }
  if (sel.type === 'task' && catalog.tasks.has(sel.id)) {
    return (catalog.tasks.get(sel.id).places || []).map((p) => p.id);
  }
  return [];
}

export class Selection {
  // @param app  {store, history, planMap, panel, tasksView, drawer, editing} (main.js's wiring)
  constructor(app) {
    this.app = app;
    this.panelEl = document.getElementById('pm-panel');
  }

  // @method featureIds(): string[] — the features the store's selection highlights
  featureIds() {
    const { sel, catalog } = this.app.store.state;
    return selectionFeatureIds(sel, catalog);
  }

  // @method select(sel|null, {zoom, bbox, focus, push, keep}): shows sel in the panel (leaving any edit),
  // highlights it, marks it in the tasks list; push: a new history entry; zoom: fit the map to it (bbox
  // when its places are not on the map); keep: pan only as far as needed to keep it in view.
  select(sel, options = {}) {
    const { zoom = false, bbox = null, focus = false, push = true, keep = false } = options;
    const { store, panel, planMap, tasksView, editing } = this.app;
    editing.stop();
    store.set({ sel });
    if (!sel) {
      panel.hide();
      planMap.select([]);
    } else {
      const shown = panel.show(sel, focus);
      if (!shown) {
        store.set({ sel: null });
      }
      planMap.select(shown ? this.featureIds() : []);
      if (shown) {
        this.app.drawer.closeIfNarrow();
      }
    }
    tasksView.set(store.state.filter, store.state.dim, this.selectedTask());
    // Push before zooming: the zoom's moveend replaces the view of the new entry, not the previous one.
    if (push) {
      this.app.history.push(store.state);
    }
    if (store.state.sel && zoom) {
      this.zoom(bbox);
    } else if (store.state.sel && keep) {
      planMap.keepInView(this.featureIds(), this.fitPadding());
    }
  }

  // @method selectedTask(): string|null — the code of the selected task, if a task is selected
  selectedTask() {
    const { sel } = this.app.store.state;
    return sel && sel.type === 'task' ? sel.id : null;
  }

  // @method fitPadding(): {topLeft, bottomRight} — the map's margins in pixels, clear of the open panel
  fitPadding() {
    const open = !this.panelEl.hidden;
    if (PHONE.matches) {
      return { topLeft: [24, 24], bottomRight: [24, 24 + (open ? this.panelEl.offsetHeight : 0)] };
    }
    return { topLeft: [40, 40], bottomRight: [40 + (open ? this.panelEl.offsetWidth : 0), 40] };
  }

  // @method zoom(bbox?): fits the map to the selection's features (or bbox when none is drawn)
  zoom(bbox = null) {
    const { planMap } = this.app;
    const ids = this.featureIds();
    const bounds = planMap.boundsOf(ids) || bbox;
    if (bounds) {
      // a point gets a street-level view; an area keeps some of its surroundings in sight
      planMap.fit(bounds, this.fitPadding(), ids.length && planMap.onlyPoints(ids) ? 16 : 15);
    }
  }
}
