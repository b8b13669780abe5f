// Values the page keeps in its own variables, where bundled apps keep their grid instances
// (`window.hot`, `window.app = { grid }`, `window.grids = […]`): candidates for each page adapter's
// `accepts`. One level deep, a bounded number per variable.

const PER_VARIABLE = 50;

export function pageValues(win: Window): unknown[] {
  const out: unknown[] = [];
  for (const key of Object.keys(win)) {
    let value: unknown;
    try {
      value = (win as unknown as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    if (!value || typeof value !== 'object' || (value as Node).nodeType !== undefined) continue;
    out.push(value);
    if (Array.isArray(value)) out.push(...value.slice(0, PER_VARIABLE));
    else if (Object.getPrototypeOf(value) === Object.prototype)
      out.push(...Object.values(value).slice(0, PER_VARIABLE));
  }
  return out;
}
