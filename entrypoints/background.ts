import { startDraftService } from '@/lib/drafts/service';
import { BUNDLED_CATALOGUE } from '@/lib/fields/bundled';
import { startOwnFieldService } from '@/lib/fields/own-service';
import { keepCatalogueStored } from '@/lib/fields/stored';
import { forwardFillCommand } from '@/lib/page/fill-command';
import { reinjectOnUpdate } from '@/lib/page/reinject';
import { startReminders } from '@/lib/periods/reminders';
import { openReportPages } from '@/lib/structure-report/open-page';

export default defineBackground(() => {
  startDraftService();
  startReminders();
  keepCatalogueStored(BUNDLED_CATALOGUE);
  startOwnFieldService();
  forwardFillCommand();
  reinjectOnUpdate();
  openReportPages();
});
