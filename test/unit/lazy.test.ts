import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { lazy } from '@/lib/lazy';

describe('lazy', () => {
  it('builds nothing until the first call', () => {
    let builds = 0;
    lazy(() => {
      builds++;
      return z.string();
    });
    expect(builds).toBe(0);
  });

  it('builds once and returns the same value on every call', () => {
    let builds = 0;
    const schema = lazy(() => {
      builds++;
      return z.object({ a: z.string() });
    });
    const first = schema();
    expect(schema()).toBe(first);
    expect(builds).toBe(1);
    expect(first.safeParse({ a: 'x' }).success).toBe(true);
    expect(first.safeParse({ a: 1 }).success).toBe(false);
  });

  it('keeps a falsy value instead of building again', () => {
    let builds = 0;
    const none = lazy(() => {
      builds++;
      return undefined;
    });
    none();
    none();
    expect(builds).toBe(1);
  });

  it('builds again after a failed build (nothing half-built is kept)', () => {
    let builds = 0;
    const flaky = lazy(() => {
      builds++;
      if (builds === 1) throw new Error('first');
      return 'ok';
    });
    expect(() => flaky()).toThrow('first');
    expect(flaky()).toBe('ok');
    expect(builds).toBe(2);
  });
});
