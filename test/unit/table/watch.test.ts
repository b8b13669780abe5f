import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARRIVAL_ANIMATION,
  SEEN_ATTR,
  type TableChange,
  type TableWatch,
  watchReportTables,
} from '@/lib/table/watch';

// A single-page app renders the report late, swaps it for another, removes it, and changes route.
// happy-dom runs no CSS animations: `arrive` fires the animationstart the browser's style engine
// fires when an element matching the watch's arrival rule is inserted (real Chromium: e2e).

const REPORT = (value: string) => `<table class="v${value}"><tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th>
  <th>Trực tuyến</th></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>
  <tr><td>1</td><td>Tư pháp</td><td><input value="${value}"></td><td><input value="1"></td></tr></table>`;

/** Mutation records, then the animation frame that batches them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

function arrive(el: Element | null, animationName = ARRIVAL_ANIMATION): void {
  const event = new Event('animationstart', { bubbles: true });
  Object.defineProperty(event, 'animationName', { value: animationName });
  el?.dispatchEvent(event);
}

let watch: TableWatch | null = null;
afterEach(() => {
  watch?.disconnect();
  watch = null;
  document.body.innerHTML = '';
});

function start(): TableChange[] {
  const changes: TableChange[] = [];
  watch = watchReportTables(document, (change) => changes.push(change));
  return changes;
}

describe('watchReportTables', () => {
  it('tells when a report table is rendered late, in one batch for many mutations', async () => {
    document.body.innerHTML = '<main class="app"><p>Đang tải…</p></main>';
    const changes = start();
    const main = document.querySelector('main')!;
    main.innerHTML = REPORT('3');
    main.appendChild(document.createElement('div')).textContent = 'x';
    for (const el of Array.from(main.querySelectorAll('table, tr'))) arrive(el);
    await settle();
    expect(changes).toHaveLength(1);
    expect(changes[0].added).toEqual([document.querySelector('table')]);
    expect(changes[0].removed).toEqual([]);
    expect(watch!.tables()).toEqual([document.querySelector('table')]);
  });

  it('tells when the table is replaced and when it disappears', async () => {
    document.body.innerHTML = `<main class="app">${REPORT('3')}</main>`;
    const changes = start();
    const old = document.querySelector('table')!;
    document.querySelector('main')!.innerHTML = REPORT('5');
    arrive(document.querySelector('table'));
    await settle();
    expect(changes[0].removed).toEqual([old]);
    expect(changes[0].added).toEqual([document.querySelector('table')]);
    document.querySelector('main')!.innerHTML = '<p>Danh sách báo cáo</p>';
    await settle();
    expect(changes[1]).toMatchObject({ tables: [], added: [] });
    expect(changes[1].removed).toHaveLength(1);
  });

  it('follows route changes by popstate and by pushState with a re-render', async () => {
    document.body.innerHTML = `<main class="app">${REPORT('3')}</main>`;
    const changes = start();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ routeChanged: true, added: [], removed: [] });
    history.pushState({}, '', '/bao-cao/2');
    document.querySelector('main')!.innerHTML = REPORT('4');
    arrive(document.querySelector('table'));
    await settle();
    expect(changes).toHaveLength(2);
    expect(changes[1].routeChanged).toBe(true);
  });

  it('stays quiet for typing, text changes, other DOM work, its own panel host and its own marks', async () => {
    document.body.innerHTML = `<main class="app">${REPORT('3')}</main><div class="toasts"></div>`;
    const changes = start();
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    document.querySelector('input')!.value = '9';
    document.querySelector('td')!.textContent = '2';
    document.querySelector('td')!.setAttribute('data-tlbc-severity', 'error');
    const toast = document.querySelector('.toasts')!.appendChild(document.createElement('p'));
    toast.remove();
    document.body.appendChild(document.createElement('span')).remove();
    const host = document.body.appendChild(document.createElement('tlbc-panel-host'));
    arrive(host.appendChild(document.createElement('table')));
    arrive(document.querySelector('main'), 'page-own-fade-in');
    await settle();
    expect(changes).toEqual([]);
    expect(raf).not.toHaveBeenCalled();
    raf.mockRestore();
  });

  it('does not look again when a table it found animates (its rule going in, the table shown again)', async () => {
    document.body.innerHTML = `<main class="app">${REPORT('3')}</main>`;
    const changes = start();
    await settle();
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    arrive(document.querySelector('table'));
    await settle();
    expect(raf).not.toHaveBeenCalled();
    raf.mockRestore();
    // a table put in beside it still wakes the watch
    document.querySelector('main')!.insertAdjacentHTML('beforeend', REPORT('5'));
    arrive(document.querySelectorAll('table')[1]);
    await settle();
    expect(changes.at(-1)?.added).toEqual([document.querySelectorAll('table')[1]]);
  });

  it('stops calling back after disconnect', async () => {
    document.body.innerHTML = '<main class="app"></main>';
    const changes = start();
    watch!.disconnect();
    document.querySelector('main')!.innerHTML = REPORT('3');
    arrive(document.querySelector('table'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(changes).toEqual([]);
    expect(document.querySelector('style[data-tlbc-watch]')).toBeNull();
  });

  // What the arrival rule costs the page (measured in Chromium on the 500-row replica, test/bench/README.md):
  // an `@property` rule restyles every element of the document when it goes in (12 600 elements,
  // 55–80 ms); a table marked seen only after the rule exists animates all its rows first (500
  // animations, 19 600 elements restyled). Marked before, with empty keyframes: 3 elements, ~5 ms.
  it('marks the tables found seen before its rule goes in, and the rule registers and animates no property', async () => {
    document.body.innerHTML = `<main class="app">${REPORT('3')}</main>`;
    start();
    expect(document.querySelector('table')!.hasAttribute(SEEN_ATTR)).toBe(true);
    expect(document.querySelector('style[data-tlbc-watch]')).toBeNull();
    await settle();
    const css = document.querySelector('style[data-tlbc-watch]')?.textContent ?? '';
    expect(css).toContain(`@keyframes ${ARRIVAL_ANIMATION}{}`);
    expect(css).not.toMatch(/@property|--/);
  });

  it('tells when a canvas grid is drawn after the first scan', async () => {
    document.body.innerHTML = '<main class="app"><p>Đang tải…</p></main>';
    const changes = start();
    const canvas = document.createElement('canvas');
    canvas.width = 1100;
    canvas.height = 400;
    document.querySelector('main')!.replaceChildren(canvas);
    arrive(canvas);
    await settle();
    expect(changes).toHaveLength(1);
    expect(changes[0].added).toEqual([canvas]);
  });
});
