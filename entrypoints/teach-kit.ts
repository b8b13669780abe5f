import { mountTeachEditor } from '@/components/panel/teach-mount';
import { createTeachKit } from '@/lib/page/teach';
import { TEACH_KIT_GLOBAL } from '@/lib/page/teach-kit-file';

// Taught structures and their editor, loaded into the content script's world only on a page whose
// table is checked generically (lib/page/report-page.ts), so the content script itself stays small.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[TEACH_KIT_GLOBAL] = createTeachKit(mountTeachEditor);
});
