import { findDraft, getDraft } from '../drafts/client';
import type { Draft } from '../drafts/schema';
import { loadApplied } from '../periods/dispatch-store';
import { loadProfile } from '../profile';
import type { ContextSources } from '../rules/gather';

// Where the page's rule context comes from in the extension: storage and the background's drafts.

export const contextSources: ContextSources = {
  profile: loadProfile,
  applied: loadApplied,
  async draft(form, period, unit) {
    const reply = await findDraft(form, period, unit);
    return reply.ok ? reply.draft : null;
  },
  async drafts(form, period, unit) {
    // The content script may only save, find and get (lib/sender-policy): a find for the page's own
    // unit answers with the other units' drafts of that form.
    const reply = await findDraft(form, period, unit);
    if (!reply.ok) throw new Error(reply.error);
    const summaries = reply.others.filter((d) => d.period === period);
    const drafts: Draft[] = [];
    for (const summary of summaries) {
      const reply = await getDraft(summary.id);
      if (reply.ok && reply.draft) drafts.push(reply.draft);
    }
    return drafts;
  },
};
