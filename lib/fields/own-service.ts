import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
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
        error: 'Yêu cầu thêm tên lĩnh vực không hợp lệ. Không có gì bị thay đổi.',
        errorEn: 'Invalid request to add a field name. Nothing was changed.',
      });
    }
    return addOwnField(request.data.name, request.data.level).then((reply) =>
      reply.ok ? { ok: true } : reply,
    );
  });
}
