// Front-end libraries that planmap serves itself (never a CDN) and that only some views need: each script is added
// to the page once, the first time a view asks for it.

const loading = new Map(); // src → Promise

// @function loadScript(src: string, global: () → any): Promise<any> — what global() returns once the script has run
// (at once when it already returns something); a failed load may be tried again
export function loadScript(src, global) {
  if (global()) {
    return Promise.resolve(global());
  }
  if (!loading.has(src)) {
    loading.set(src, new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve(global());
      script.onerror = () => {
        loading.delete(src);
        reject(new Error(`could not load ${src}`));
      };
      document.head.appendChild(script);
    }));
  }
  return loading.get(src);
}
