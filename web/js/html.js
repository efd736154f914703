// The page's templates: lit-html (served by planmap from its WebJar at /vendor/lit-html, never a CDN).
// html`…` escapes every value it is given, in text and in attributes; render(template, element) draws it
// and, on the next render, changes only what differs. `markup(string)` lets in a string of our own markup
// that a non-DOM consumer also needs as a string (the SVG swatches and badges that Leaflet's icons take)
// — never a value from the server or the user.
// Modules that the node tests import do not import this one (node cannot load /vendor/…).

import { html, svg, render, nothing } from '/vendor/lit-html/lit-html.js';
import { unsafeHTML } from '/vendor/lit-html/directives/unsafe-html.js';
import { unsafeSVG } from '/vendor/lit-html/directives/unsafe-svg.js';
import { live } from '/vendor/lit-html/directives/live.js';

// live(v): binds a form control's property (.value, .checked, .selected) to v even after the user changed it
export { html, svg, render, nothing, live };

// @function redraw(container: Element, template): draws the template afresh in place of the container's
// children (for content that others also write into, e.g. the panel's body, or that must start anew, e.g. a
// dialog's form)
export function redraw(container, template) {
  const fresh = document.createDocumentFragment();
  render(template, fresh);
  container.replaceChildren(fresh);
}

// @function markup(s: string): a part of a template made of our own escaped markup (styles.js's swatches)
export const markup = (s) => unsafeHTML(s);

// @function svgMarkup(s: string): the same inside an <svg> element (styles.js's pattern definitions)
export const svgMarkup = (s) => unsafeSVG(s);
