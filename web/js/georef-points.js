// A scan's control points: one point as the API takes it, and the sheet's pixel under a click. Pure
// (web/test/scans.test.js).

// @function pointBody(point): the JSON of one control point for the API
export function pointBody(p) {
  return p.lonlat ? { image: p.image, lonlat: p.lonlat } : { image: p.image, world: p.world };
}

// @function pointFromClick(clientX, clientY, rect: {left, top, width, height}, width, height): [px, py]
// The pixel of the sheet under a click on its <img>, drawn at rect's size: rounded to 0.1 px, inside the image.
export function pointFromClick(clientX, clientY, rect, width, height) {
  const clamp = (v, max) => Math.min(max, Math.max(0, Math.round(v * 10) / 10));
  return [clamp(((clientX - rect.left) * width) / rect.width, width), clamp(((clientY - rect.top) * height) / rect.height, height)];
}
