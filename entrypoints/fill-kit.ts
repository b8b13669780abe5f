import { installFillKit } from '@/lib/fill/kit';

// Fill, fix, undo and save, loaded into the content script's world on the first such action
// (lib/page/fill-kit-loader.ts), so the content script itself stays small.
export default defineUnlistedScript(() => {
  installFillKit();
});
