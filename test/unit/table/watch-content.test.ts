import { afterEach, describe, expect, it } from 'vitest';
import { type ContentWatch, watchTableContent } from '@/lib/table/watch-content';

// The rows, cells and inputs of a watched table re-created by the page: one call per batch.

const TABLE = `<table><thead><tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th></tr></thead>
  <tbody><tr><td>1</td><td>Hộ tịch</td><td><input value="3"></td></tr></tbody></table><p class="clock">9:00</p>`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

let watch: ContentWatch | null = null;
afterEach(() => {
  watch?.disconnect();
  watch = null;
  document.body.innerHTML = '';
});

function start(): { calls: number } {
  document.body.innerHTML = TABLE;
  const counter = { calls: 0 };
  watch = watchTableContent(document.querySelector('table')!, () => counter.calls++);
  return counter;
}

describe('watchTableContent', () => {
  it('answers a batch at once, before the next frame, and gathers the batches after it into the frame', async () => {
    const counter = start();
    const body = document.querySelector('tbody')!;
    body.appendChild(body.querySelector('tr')!.cloneNode(true));
    await Promise.resolve();
    expect(counter.calls).toBe(1);
    body.appendChild(body.querySelector('tr')!.cloneNode(true));
    await Promise.resolve();
    body.appendChild(body.querySelector('tr')!.cloneNode(true));
    await Promise.resolve();
    expect(counter.calls).toBe(1);
    await settle();
    expect(counter.calls).toBe(2);
  });

  it('calls once for a batch of replaced rows, cells and inputs, and again for text changed later', async () => {
    const counter = start();
    const table = document.querySelector('table')!;
    const body = table.querySelector('tbody')!;
    const fresh = body.cloneNode(true) as HTMLElement;
    body.replaceWith(fresh);
    fresh.querySelector('td:last-child')!.replaceChildren(document.createElement('input'));
    fresh.appendChild(fresh.querySelector('tr')!.cloneNode(true));
    await settle();
    expect(counter.calls).toBe(1);
    fresh.querySelectorAll('td')[1].firstChild!.nodeValue = 'Chứng thực';
    await settle();
    expect(counter.calls).toBe(2);
  });

  it('stays quiet for typing, attributes (the marks), and changes outside the table; not after disconnect', async () => {
    const counter = start();
    const input = document.querySelector('input')!;
    input.value = '9';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.parentElement!.setAttribute('data-tlbc-severity', 'error');
    input.className = 'ng-dirty ng-touched';
    document.querySelector('.clock')!.textContent = '9:01';
    await settle();
    expect(counter.calls).toBe(0);
    watch!.disconnect();
    document.querySelector('tbody')!.replaceChildren();
    await settle();
    expect(counter.calls).toBe(0);
  });
});
