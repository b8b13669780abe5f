import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { inBoth } from '../i18n/both';
import { draftStoreMessages } from '../i18n/messages/draft-store';
import { FieldLevel } from './own-schema';
import { addOwnField, migrateStoredOwnFields } from './own-store';

// The background adds the names the panel sends ("thêm vào danh mục của tôi"): a content script runs
// in the report site's origin, outside the lock the extension's own writers share (own-store.ts).

export const ADD_OWN_FIELD = 'own-fields/add';

const AddRequest = z.object({ type: z.literal(ADD_OWN_FIELD), name: z.string(), level: FieldLevel });

export function startOwnFieldService(): void {
  void migrateStoredOwnFields();
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== ADD_OWN_FIELD) return undefined;
    const request = AddRequest.safeParse(message);
    if (!request.success) {
      return Promise.resolve({
        ok: false,
        error: inBoth(draftStoreMessages, 'draftStore.own.invalidRequest').vi,
        errorEn: inBoth(draftStoreMessages, 'draftStore.own.invalidRequest').en,
      });
    }
    return addOwnField(request.data.name, request.data.level).then((reply) =>
      reply.ok ? { ok: true } : reply,
    );
  });
}
