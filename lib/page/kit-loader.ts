import { browser } from 'wxt/browser';

// A part of the content script packaged apart (the fill kit, the teach kit): loaded from its
// web-accessible file the first time it is needed, into this world, where it leaves itself at `global`.

const loading = new Map<string, Promise<unknown>>();

export function loadKit<K>(file: string, global: string): Promise<K> {
  const installed = () => (globalThis as Record<string, unknown>)[global] as K | undefined;
  const ready = installed();
  if (ready) return Promise.resolve(ready);
  let load = loading.get(file) as Promise<K> | undefined;
  if (!load) {
    load = import(/* @vite-ignore */ browser.runtime.getURL(file as '/')).then(
      () => {
        const kit = installed();
        if (!kit) throw new Error(`${file} did not load`);
        return kit;
      },
      (error) => {
        loading.delete(file); // tried again on the next action
        throw error;
      },
    );
    loading.set(file, load);
  }
  return load;
}
