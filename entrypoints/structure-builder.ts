import { BUILDER_GLOBAL } from '@/lib/structure-report/messages';
import { pageStructureReport } from '@/lib/structure-report/page';

// The page-structure report's builder, loaded into the content script's world only when a report is
// asked for (lib/structure-report/content.ts), so the content script itself stays small.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[BUILDER_GLOBAL] = pageStructureReport;
});
