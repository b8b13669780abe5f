import { describe, expect, it } from 'vitest';
import { checksEnabled, readSettings, withSite } from '@/lib/settings';

describe('readSettings', () => {
  it('gives defaults on first run', () => {
    expect(readSettings(undefined)).toEqual({
      disabledSites: [],
      dock: 'right',
      collapsed: false,
      lang: 'vi',
    });
  });

  it('keeps the valid fields of a partly corrupted record', () => {
    const settings = readSettings({
      dock: 'left',
      collapsed: 'yes',
      disabledSites: ['vpcp.baocaochinhphu.gov.vn'],
    });
    expect(settings.dock).toBe('left');
    expect(settings.collapsed).toBe(false);
    expect(checksEnabled(settings, 'vpcp.baocaochinhphu.gov.vn')).toBe(false);
    expect(checksEnabled(settings, 'baocao.quangngai.gov.vn')).toBe(true);
  });
});

describe('withSite', () => {
  it('switches one site off and on again, leaving the other alone', () => {
    const off = withSite(readSettings(undefined), 'baocao.quangngai.gov.vn', false);
    expect(checksEnabled(off, 'baocao.quangngai.gov.vn')).toBe(false);
    expect(checksEnabled(off, 'vpcp.baocaochinhphu.gov.vn')).toBe(true);
    expect(withSite(off, 'baocao.quangngai.gov.vn', false).disabledSites).toEqual([
      'baocao.quangngai.gov.vn',
    ]);
    expect(checksEnabled(withSite(off, 'baocao.quangngai.gov.vn', true), 'baocao.quangngai.gov.vn')).toBe(
      true,
    );
  });
});
