import { describe, expect, it } from 'vitest';
import { pageMessages } from '@/lib/i18n/messages/page';
import { textIn } from '@/lib/i18n/translator';
import { detectUnsupportedGrid } from '@/lib/table/unsupported';

describe('detectUnsupportedGrid', () => {
  it('reports a canvas spreadsheet with its typing field, in Vietnamese and English', () => {
    document.body.innerHTML = `<div class="s1"><div class="s2"><canvas width="1200" height="600"></canvas>
      <textarea class="s3" style="position:absolute;left:-9999px"></textarea></div></div>`;
    const found = detectUnsupportedGrid(document);
    expect(textIn(pageMessages, 'vi', found!)).toMatch(/canvas.*chưa hỗ trợ/);
    expect(textIn(pageMessages, 'en', found!)).toMatch(/not supported/);
  });

  it('reports SpreadJS by its own markup', () => {
    document.body.innerHTML = '<div gcuielement="gcSpread"><canvas></canvas></div>';
    expect(detectUnsupportedGrid(document)).not.toBeNull();
  });

  it('says nothing about a chart canvas or an ordinary table page', () => {
    document.body.innerHTML = `<div><canvas width="800" height="300"></canvas></div>
      <table><tr><td><input></td></tr></table>`;
    expect(detectUnsupportedGrid(document)).toBeNull();
  });

  it('says nothing about a small canvas next to a text field', () => {
    document.body.innerHTML = '<div><canvas width="120" height="40"></canvas><input></div>';
    expect(detectUnsupportedGrid(document)).toBeNull();
  });
});
