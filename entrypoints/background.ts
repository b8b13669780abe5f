import { startDraftService } from '@/lib/drafts/service';
import { BUNDLED_CATALOGUE } from '@/lib/fields/bundled';
import { keepCatalogueStored } from '@/lib/fields/stored';
import { forwardFillCommand } from '@/lib/page/fill-command';
import { startReminders } from '@/lib/periods/reminders';
import { reinjectOnUpdate } from '@/lib/reinject';

export default defineBackground(() => {
  startDraftService();
  startReminders();
  keepCatalogueStored(BUNDLED_CATALOGUE);
  forwardFillCommand();
  reinjectOnUpdate();
});
