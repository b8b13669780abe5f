import { type Failure, fail } from './result';

// IndexedDB errors as the user should read them. Every one ends by saying nothing was changed: the
// store runs each change in one transaction and aborts it on any error (store.ts).

const UNCHANGED = 'Các bản nháp đã lưu vẫn còn nguyên.';
const UNCHANGED_EN = 'Saved drafts are unchanged.';

/** Raised when another extension page keeps an older database version open. */
export class BlockedError extends Error {
  override name = 'BlockedError';
}

/** Raised by an open whose migration of older records failed (and was rolled back): `failure` says why. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(readonly failure: Failure) {
    super(failure.errorEn);
  }
}

export function storageFailure(error: unknown): Failure {
  if (error instanceof MigrationError) {
    return fail(
      `Chưa mở được kho bản nháp vì chưa chuyển xong các bản nháp cũ sang định dạng mới; tiện ích sẽ thử lại ở lần dùng sau. ${error.failure.error}`,
      `The draft store was not opened because older drafts could not be brought to the new format yet; the extension tries again next time. ${error.failure.errorEn}`,
    );
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return fail(
        `Không lưu được bản nháp: bộ nhớ trình duyệt đã đầy. Hãy xoá bớt bản nháp cũ hoặc giải phóng dung lượng ổ đĩa rồi thử lại. ${UNCHANGED}`,
        `Could not save the draft: browser storage is full. Delete old drafts or free disk space and try again. ${UNCHANGED_EN}`,
      );
    case 'BlockedError':
      return fail(
        `Không mở được kho bản nháp: một trang khác của tiện ích đang giữ phiên bản cũ. Hãy đóng các tab Cài đặt của tiện ích rồi thử lại. ${UNCHANGED}`,
        `Could not open the draft store: another extension page holds an older version open. Close the extension's settings tabs and try again. ${UNCHANGED_EN}`,
      );
    case 'VersionError':
      return fail(
        `Kho bản nháp do một phiên bản mới hơn của tiện ích tạo ra. Hãy cập nhật tiện ích. ${UNCHANGED}`,
        `The draft store was created by a newer version of the extension. Please update it. ${UNCHANGED_EN}`,
      );
    case 'InvalidStateError':
    case 'TransactionInactiveError':
      return fail(
        `Kho bản nháp vừa được nâng cấp hoặc đóng lại. Hãy thử lại. ${UNCHANGED}`,
        `The draft store was just upgraded or closed. Please try again. ${UNCHANGED_EN}`,
      );
    default:
      return fail(
        `Không truy cập được kho bản nháp (${name || String(error)}). ${UNCHANGED}`,
        `Could not access the draft store (${name || String(error)}). ${UNCHANGED_EN}`,
      );
  }
}
