import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import type { DraftInfo } from '@/lib/periods/due';
import { saveProfile } from '@/lib/profile';

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

/** 16/3/2025 09:00 in Vietnam. */
const march16 = () => new Date('2025-03-16T02:00:00Z');

async function show(drafts: DraftInfo[] = [], now = march16) {
  render(<Popup now={now} loadDrafts={async () => drafts} />, root);
  await vi.waitFor(() => expect(root.querySelector('[aria-busy]')).toBeNull());
}

const deadlines = () =>
  [...root.querySelectorAll<HTMLElement>('[data-testid="tlbc-deadline"]')].map((el) => ({ ...el.dataset }));

describe('popup', () => {
  it('shows a commune clerk II.05a, II.06a and II.01-ĐC due on 17/3 with one day left', async () => {
    await saveProfile({ level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true });
    await show([{ form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', unit: 'UBND xã Hòa Bình' }]);
    expect(deadlines()).toEqual([
      expect.objectContaining({
        form: 'II.05a/VPCP/KSTT',
        period: '2025-Q1',
        due: '2025-03-17',
        status: 'due-soon',
        draft: 'no',
      }),
      expect.objectContaining({ form: 'II.06a/VPCP/KSTT', status: 'due-soon', draft: 'yes' }),
      expect.objectContaining({ form: 'II.01-ĐC/VPCP/KSTT', status: 'due-soon', draft: 'no' }),
    ]);
    const first = root.querySelector('[data-testid="tlbc-deadline"]')!;
    expect(first.textContent).toContain('Còn 1 ngày');
    expect(first.textContent).toContain('17/03/2025');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://vpcp.baocaochinhphu.gov.vn/');
  });

  it('shows a department 19/3', async () => {
    await saveProfile({ level: 'so', unit: 'Sở Tư pháp', remindersOn: true });
    await show();
    expect(deadlines().map((d) => [d.form, d.due, d.status])).toEqual([
      ['II.05a/VPCP/KSTT', '2025-03-19', 'due-soon'],
      ['II.06a/VPCP/KSTT', '2025-03-19', 'due-soon'],
      ['II.01-ĐC/VPCP/KSTT', '2025-03-19', 'due-soon'],
    ]);
  });

  it('says how late an overdue report is, and marks a draft saved with findings', async () => {
    await saveProfile({ level: 'xa', unit: '', remindersOn: true });
    await show(
      [
        {
          form: 'II.05a/VPCP/KSTT',
          period: '2024-12-15/2025-03-14',
          unit: 'UBND xã Hòa Bình',
          findings: { errors: 1, warnings: 2 },
        },
      ],
      () => new Date('2025-03-19T02:00:00Z'),
    );
    const first = root.querySelector<HTMLElement>('[data-testid="tlbc-deadline"]')!;
    expect(first.dataset.status).toBe('overdue');
    expect(first.textContent).toContain('Quá hạn 2 ngày');
    expect(first.textContent).toContain('còn lỗi cần xem (1 lỗi, 2 cảnh báo)');
  });

  it('asks a new user to set the profile, with a button to the settings', async () => {
    const openOptions = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await show();
    expect(deadlines()).toEqual([]);
    expect(root.textContent).toContain('Chưa chọn cấp đơn vị');
    root.querySelector<HTMLButtonElement>('[data-testid="tlbc-open-options"]')!.click();
    expect(openOptions).toHaveBeenCalled();
  });

  it('tells a commune with nothing due when the next report is expected', async () => {
    await saveProfile({ level: 'xa', unit: '', remindersOn: true });
    await show([], () => new Date('2025-05-10T02:00:00Z'));
    expect(deadlines()).toEqual([]);
    expect(root.textContent).toContain('Kỳ tiếp theo: Quý II/2025, hạn dự kiến 16/06/2025');
  });

  it('still lists the deadlines when the drafts cannot be read', async () => {
    await saveProfile({ level: 'xa', unit: '', remindersOn: true });
    render(<Popup now={march16} loadDrafts={() => Promise.reject(new Error('x'))} />, root);
    await vi.waitFor(() => expect(deadlines()).toHaveLength(3));
    expect(root.textContent).toContain('Không đọc được danh sách bản nháp');
  });
});
