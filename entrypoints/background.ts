import { startDraftService } from '@/lib/drafts/service';
import { startReminders } from '@/lib/periods/reminders';

export default defineBackground(() => {
  startDraftService();
  startReminders();
});
