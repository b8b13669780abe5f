import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftId } from '@/lib/drafts/key';
import { DAYS_KEPT, MAX_DISTINCT } from '@/lib/drafts/retention';
import { type DraftStore, openDraftStore } from '@/lib/drafts/store';
import { withHoTich } from './fixtures';

// The store's own guarantee against a page script that saves over and over (the panel's trusted-click
// guard is the first line): the history is kept by content and by day, not by count alone.

const ID = draftId('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');
const HOUR = 3_600_000;

/** A clock a test moves: one second per reading, and jumps when told. */
function clock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => {
      t += 1000;
      return new Date(t);
    },
    jump: (ms: number) => {
      t += ms;
    },
  };
}

let store: DraftStore;
let time: ReturnType<typeof clock>;

beforeEach(async () => {
  time = clock('2025-03-10T01:00:00.000Z'); // 08:00 in Hà Nội
  store = await openDraftStore({ factory: new IDBFactory(), now: time.now });
});

afterEach(() => store.close());

async function history(): Promise<string[]> {
  const reply = await store.revisions(ID);
  if (!reply.ok) throw new Error(reply.error);
  return reply.revisions.map((r) => r.draft.rows[0]!.values['3']!);
}

async function currentValue(): Promise<string | undefined> {
  const reply = await store.get(ID);
  return reply.ok ? reply.draft?.rows[0]?.values['3'] : undefined;
}

describe('revision history against a page that saves over and over', () => {
  it('keeps the user’s figures when a script writes zeros and saves 21 times', async () => {
    await store.save(withHoTich('1.200'));
    await store.save(withHoTich('1.250')); // the user's last figure
    for (let i = 0; i < 21; i++) await store.save(withHoTich('0'));
    expect(await currentValue()).toBe('0');
    // Identical saves collapse: the history is the two versions that differ from the zeros.
    expect(await history()).toEqual(['1.250', '1.200']);
    const reply = await store.revisions(ID);
    const mine = reply.ok ? reply.revisions[0]! : null;
    const restored = await store.restoreRevision(ID, mine!.seq!);
    expect(restored.ok && restored.draft.rows[0]?.values['3']).toBe('1.250');
  });

  it('never drops the last version that differed from the current one, whatever the sequence', async () => {
    // A fixed pseudo-random run over few contents: repeats, returns to old contents, long runs.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const saved: string[] = [];
    for (let i = 0; i < 120; i++) {
      const value = String(next() % 5 === 0 ? next() % 40 : next() % 3);
      await store.save(withHoTich(value));
      saved.push(value);
      const last = saved.findLast((v) => v !== value);
      if (last !== undefined) expect(await history()).toContain(last);
      const kept = await history();
      expect(new Set(kept).size).toBe(kept.length); // one revision per content
      expect(kept).not.toContain(value);
    }
  });

  it('keeps what the draft held at the end of earlier days through a burst of different contents', async () => {
    await store.save(withHoTich('100')); // Monday 10/3
    time.jump(9 * HOUR);
    await store.save(withHoTich('110')); // Monday evening: the figure the user left
    time.jump(15 * HOUR); // Tuesday 11/3
    for (let i = 1; i <= 30; i++) await store.save(withHoTich(String(1000 + i)));
    const kept = await history();
    // The newest 20 distinct contents, then the newest version of Monday; the burst's oldest went.
    expect(kept).toEqual([...Array.from({ length: MAX_DISTINCT }, (_, i) => String(1029 - i)), '110']);
  });

  it('stays bounded: at most 20 distinct contents plus one per day for the last 14 days', async () => {
    for (let day = 0; day < DAYS_KEPT + 6; day++) {
      for (let i = 0; i < 3; i++) await store.save(withHoTich(`${day}-${i}`));
      time.jump(24 * HOUR);
    }
    const kept = await history();
    expect(kept.length).toBeLessThanOrEqual(MAX_DISTINCT + DAYS_KEPT);
    // Every one of the last 14 days still has the version it ended with (the current one ends day 19).
    for (let day = DAYS_KEPT + 4; day > 5; day--) expect(kept).toContain(`${day}-2`);
    expect(kept).not.toContain('5-2');
  });
});
