// Front-end libraries that planmap serves itself (never a CDN) and that only some views need: each script is added
// to the page once, the first time a view asks for it.

// @function loadScript(src: string, global: () → any): Promise<any> — what global() returns once the script has run
// (at once when it already returns something); a script that failed is removed, so the next call tries again
export function loadScript(src, global) {
  if (global()) {
    return Promise.resolve(global());
  }
  let script = document.querySelector(`script[src="${src}"]`);
  if (!script) {
    script = document.createElement('script');
    script.src = src;
    document.head.appendChild(script);
  }
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(global()));
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error(`could not load ${src}`));
    });
  });
}
