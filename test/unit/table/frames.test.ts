import { describe, expect, it } from 'vitest';
import { isReadByTop, listDocuments } from '@/lib/table/frames';

describe('listDocuments', () => {
  // happy-dom loads no frame pages: each frame gets a document of its own by hand.
  function frameWith(frame: Element, doc: Document): void {
    Object.defineProperty(frame, 'contentDocument', { value: doc });
  }

  it('lists the top document, then same-origin frame documents recursively', () => {
    document.body.innerHTML = '<div class="f1"><iframe class="a"></iframe></div><iframe class="d"></iframe>';
    const [outer, second] = Array.from(document.querySelectorAll('iframe'));
    const child = document.implementation.createHTMLDocument('c');
    child.body.innerHTML = '<iframe class="b"></iframe><p>x</p>';
    const grandchild = document.implementation.createHTMLDocument('g');
    const sibling = document.implementation.createHTMLDocument('s');
    frameWith(outer, child);
    frameWith(child.querySelector('iframe')!, grandchild);
    frameWith(second, sibling);
    expect(listDocuments(document)).toEqual([document, child, grandchild, sibling]);
  });

  it('skips a frame whose document cannot be reached', () => {
    document.body.innerHTML = '<iframe class="c"></iframe>';
    const frame = document.querySelector('iframe')!;
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(listDocuments(document)).toEqual([document]);
  });
});

describe('isReadByTop', () => {
  it('is false in the top frame itself', () => {
    expect(isReadByTop(window)).toBe(false);
  });

  it('is true in a same-origin child frame, false when the top cannot be reached', () => {
    const top = { location: { origin: 'https://baocao.quangngai.gov.vn' }, document: {} };
    const same = { top, location: { origin: 'https://baocao.quangngai.gov.vn' } } as unknown as Window;
    expect(isReadByTop(same)).toBe(true);
    const blocked = {
      location: { origin: 'https://vpcp.baocaochinhphu.gov.vn' },
      get top() {
        return {
          get document() {
            throw new DOMException('Blocked', 'SecurityError');
          },
        };
      },
    } as unknown as Window;
    expect(isReadByTop(blocked)).toBe(false);
  });
});
