import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DispatchSection } from '@/components/options/DispatchSection';
import { ProfileSection } from '@/components/options/ProfileSection';
import { MAX_DISPATCH_LENGTH } from '@/lib/periods/dispatch';
import { loadApplied } from '@/lib/periods/dispatch-store';
import { loadProfile } from '@/lib/profile';

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

const byTestId = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;

function change(
  el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
  type = 'change',
) {
  el.value = value;
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

describe('profile section', () => {
  it('saves the level, the unit and the reminders switch as they change, and says so', async () => {
    render(<ProfileSection />, root);
    await vi.waitFor(() => expect(byTestId('tlbc-profile-level')).toBeTruthy());
    const levels = [...byTestId<HTMLSelectElement>('tlbc-profile-level').options].map((o) => o.value);
    expect(levels).toEqual(['', 'so', 'xa', 'huyen-phong', 'huyen-vp']);
    change(byTestId('tlbc-profile-level'), 'xa');
    await vi.waitFor(() =>
      expect(byTestId('tlbc-profile-status')?.textContent).toBe('Đã lưu thông tin đơn vị.'),
    );
    change(byTestId('tlbc-profile-unit'), ' UBND xã Hòa Bình ');
    byTestId<HTMLInputElement>('tlbc-profile-reminders').click();
    await vi.waitFor(async () =>
      expect(await loadProfile()).toEqual({ level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: false }),
    );
  });
});

describe('profile section while typing', () => {
  it('keeps the unit name as typed, before the field loses focus', async () => {
    render(<ProfileSection />, root);
    await vi.waitFor(() => expect(byTestId('tlbc-profile-unit')).toBeTruthy());
    change(byTestId('tlbc-profile-unit'), 'UBND xã ', 'input');
    await vi.waitFor(async () => expect((await loadProfile()).unit).toBe('UBND xã '));
    expect(byTestId<HTMLInputElement>('tlbc-profile-unit').value).toBe('UBND xã ');
  });
});

describe('dispatch section', () => {
  it('reads a pasted dispatch, lists one entry per level and form, and applies it', async () => {
    render(<DispatchSection />, root);
    change(
      byTestId('tlbc-dispatch-text'),
      readFileSync('test/unit/periods/fixtures/quy-IV-2024.txt', 'utf8'),
      'input',
    );
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>('tlbc-dispatch-parse').disabled).toBe(false));
    byTestId('tlbc-dispatch-parse').click();
    await vi.waitFor(() =>
      expect(root.querySelectorAll('[data-testid="tlbc-dispatch-item"]')).toHaveLength(10),
    );
    const xa = [...root.querySelectorAll<HTMLElement>('[data-testid="tlbc-dispatch-item"][data-level="xa"]')];
    expect(xa.map((el) => ({ ...el.dataset }))).toEqual([
      expect.objectContaining({
        form: 'II.05a/VPCP/KSTT',
        from: '2024-09-15',
        to: '2024-12-14',
        due: '2024-12-16',
      }),
      expect.objectContaining({ form: 'II.06a/VPCP/KSTT', due: '2024-12-16' }),
    ]);
    expect(byTestId('tlbc-dispatch-unparsed').textContent).toContain('UBND cấp huyện gửi báo cáo tổng hợp');
    byTestId('tlbc-dispatch-apply').click();
    await vi.waitFor(() =>
      expect(byTestId('tlbc-dispatch-status').textContent).toBe('Đã áp dụng thời hạn Quý IV/2024.'),
    );
    expect(Object.keys(await loadApplied())).toEqual(['2024-Q4']);
    await vi.waitFor(() => expect(byTestId('tlbc-dispatch-remove')).toBeTruthy());
    byTestId('tlbc-dispatch-remove').click();
    await vi.waitFor(async () => expect(await loadApplied()).toEqual({}));
  });

  it('shows assumed forms, the appendices and the deadlines to confirm, and says so on apply', async () => {
    render(<DispatchSection />, root);
    const text = [
      'Thời gian chốt số liệu: từ ngày 15/9/2025 đến ngày 14/12/2025.',
      'Nội dung báo cáo theo Phụ lục I và II kèm theo.',
      'UBND cấp xã gửi báo cáo chậm nhất thứ Bảy, ngày 13/12/2025.',
    ].join('\n');
    change(byTestId('tlbc-dispatch-text'), text, 'input');
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>('tlbc-dispatch-parse').disabled).toBe(false));
    byTestId('tlbc-dispatch-parse').click();
    await vi.waitFor(() =>
      expect(root.querySelectorAll('[data-testid="tlbc-dispatch-item"]')).toHaveLength(3),
    );
    const first = byTestId('tlbc-dispatch-item');
    expect({ ...first.dataset }).toMatchObject({ assumed: 'true', flags: 'weekend before-cutoff' });
    expect(first.textContent).toContain('(theo chế độ báo cáo, công văn không ghi)');
    expect(first.textContent).toContain(
      'cần xác nhận: rơi vào thứ Bảy; trước khi kết thúc thời gian chốt số liệu',
    );
    expect(byTestId('tlbc-dispatch-appendices').textContent).toContain('Phụ lục I và II');
    byTestId('tlbc-dispatch-apply').click();
    await vi.waitFor(() =>
      expect(byTestId('tlbc-dispatch-status').textContent).toBe(
        'Đã áp dụng thời hạn Quý IV/2025. Có 1 thời hạn được đánh dấu: hãy đối chiếu lại với công văn.',
      ),
    );
    await vi.waitFor(() =>
      expect(byTestId('tlbc-dispatch-applied').textContent).toContain(
        'II.05a, II.06a, II.01-ĐC (theo chế độ báo cáo): 13/12/2025 (cần xác nhận)',
      ),
    );
    expect((await loadApplied())['2025-Q4'].items[0]).toMatchObject({
      due: '2025-12-13',
      formsAssumed: true,
      flags: ['weekend', 'before-cutoff'],
    });
  });

  it('says plainly when the text holds no deadlines, and offers nothing to apply', async () => {
    render(<DispatchSection />, root);
    change(byTestId('tlbc-dispatch-text'), 'Kính gửi các đơn vị.', 'input');
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>('tlbc-dispatch-parse').disabled).toBe(false));
    byTestId('tlbc-dispatch-parse').click();
    await vi.waitFor(() => expect(byTestId('tlbc-dispatch-status').textContent).toContain('Không đọc được'));
    expect(byTestId<HTMLButtonElement>('tlbc-dispatch-apply').disabled).toBe(true);
  });

  it('refuses a text too long to be a dispatch, says why, and keeps the text as pasted', async () => {
    render(<DispatchSection />, root);
    const dispatch =
      'Thời hạn chốt số liệu: từ ngày 15/12/2024 đến ngày 14/3/2025.\nUBND cấp xã gửi biểu II.06a chậm nhất ngày 17/3/2025.\n';
    change(byTestId('tlbc-dispatch-text'), dispatch, 'input');
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>('tlbc-dispatch-parse').disabled).toBe(false));
    byTestId('tlbc-dispatch-parse').click();
    await vi.waitFor(() => expect(byTestId('tlbc-dispatch-item')).toBeTruthy());
    const pasted = dispatch + '.'.repeat(MAX_DISPATCH_LENGTH);
    change(byTestId('tlbc-dispatch-text'), pasted, 'input');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the section re-renders with the new text
    byTestId('tlbc-dispatch-parse').click();
    await vi.waitFor(() =>
      expect(byTestId('tlbc-dispatch-status').textContent).toMatch(
        /^Văn bản dán vào dài 50\.\d{3} ký tự, vượt giới hạn 50\.000 ký tự nên chưa được đọc/,
      ),
    );
    expect(byTestId('tlbc-dispatch-status').classList.contains('error')).toBe(true);
    expect(byTestId('tlbc-dispatch-result')).toBeNull();
    expect(byTestId('tlbc-dispatch-apply')).toBeNull();
    expect(byTestId<HTMLTextAreaElement>('tlbc-dispatch-text').value).toBe(pasted);
  });
});
