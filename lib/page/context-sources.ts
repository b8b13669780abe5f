import { findDraft, getDraft, listDrafts } from '../drafts/client';
import type { Draft } from '../drafts/schema';
import { loadApplied } from '../periods/dispatch-store';
import { loadProfile } from '../profile';
import type { ContextSources } from './rule-context';

// Where the page's rule context comes from in the extension: storage and the background's drafts.

export const contextSources: ContextSources = {
  profile: loadProfile,
  applied: loadApplied,
  async draft(form, period, unit) {
    const reply = await findDraft(form, period, unit);
    return reply.ok ? reply.draft : null;
  },
  async drafts(form, period) {
    const summaries = (await listDrafts()).filter((d) => d.form === form && d.period === period);
    const drafts: Draft[] = [];
    for (const summary of summaries) {
      const reply = await getDraft(summary.id);
      if (reply.ok && reply.draft) drafts.push(reply.draft);
    }
    return drafts;
  },
};
