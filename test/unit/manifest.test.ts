import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

// What the stores check on upload, and what the Firefox package promises (wxt.config.ts): caught here,
// not at a rejected submission.

type Manifest = Record<string, unknown> & {
  name: string;
  description: string;
  permissions: string[];
  host_permissions?: string[];
  web_accessible_resources: { resources: string[]; matches: string[] }[];
  browser_specific_settings?: { gecko: Record<string, unknown> };
};

function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const manifest = config.manifest as (env: object) => Manifest;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

const LOCALES = ['vi', 'en'];
type Messages = Record<string, { message: string }>;
const messagesOf = (locale: string): Messages =>
  JSON.parse(readFileSync(join(__dirname, '../../public/_locales', locale, 'messages.json'), 'utf8'));

/** A manifest string as the browser shows it in one locale: `__MSG_name__` read from _locales. */
function localised(value: string, locale: string): string {
  return value.replace(/__MSG_(\w+)__/g, (_, name: string) => {
    const entry = messagesOf(locale)[name];
    if (!entry) throw new Error(`${locale}: no message ${name}`);
    return entry.message;
  });
}

const SITES = ['https://vpcp.baocaochinhphu.gov.vn/*', 'https://baocao.quangngai.gov.vn/*'];

describe('manifest', () => {
  it('fits the stores in every language: a name of at most 75 characters, a description of at most 132', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      for (const locale of LOCALES) {
        const name = localised(manifestFor(browser).name, locale);
        const description = localised(manifestFor(browser).description, locale);
        expect(name.length).toBeLessThanOrEqual(75);
        expect(description.length, description).toBeLessThanOrEqual(132);
      }
    }
  });

  it('speaks Vietnamese by default and English in an English browser, with the same messages in both', () => {
    const manifest = manifestFor('chrome') as Manifest & { default_locale: string; commands: object };
    expect(manifest.default_locale).toBe('vi');
    expect(localised(manifest.name, 'vi')).toBe('Trợ lý Báo cáo');
    expect(localised(manifest.name, 'en')).toBe('Report Assistant');
    const command = JSON.stringify(manifest.commands);
    expect(localised(command, 'vi')).toContain('Điền biểu từ bản nháp');
    const popupTitle = readFileSync(join(__dirname, '../../entrypoints/popup/index.html'), 'utf8');
    for (const locale of LOCALES) {
      expect(Object.keys(messagesOf(locale)).sort()).toEqual(Object.keys(messagesOf('vi')).sort());
      expect(localised(command, locale)).not.toMatch(/__MSG_/);
      expect(localised(popupTitle, locale)).not.toMatch(/__MSG_/);
    }
  });

  it('is MV3 for both browsers, so the page-world files are web-accessible to the two sites only', () => {
    expect(config.manifestVersion).toBe(3);
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(manifestFor(browser).web_accessible_resources).toEqual([
        {
          resources: [
            'grid-bridge.js',
            'structure-builder.js',
            'fill-kit.js',
            'content-en.js',
            'teach-kit.js',
          ],
          matches: SITES,
        },
      ]);
    }
  });

  it('Firefox: a stable id, nothing collected, a minimum version that knows that key', () => {
    const gecko = manifestFor('firefox').browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(String(gecko?.strict_min_version))).toBeGreaterThanOrEqual(140);
  });

  it('Firefox asks for no scripting and no host access of its own; Chrome asks for the two sites only', () => {
    const firefox = manifestFor('firefox');
    expect(firefox.permissions).not.toContain('scripting');
    expect(firefox.host_permissions).toBeUndefined();
    expect(manifestFor('chrome').host_permissions).toEqual(SITES);
  });
});
