import { describe, expect, it } from 'vitest';
import { type Box, sideFor } from '@/lib/panel/dock';

// The panel steps aside from the cell being edited instead of pushing the page over (which relaid the
// whole table). Viewport 1280 wide; the panel is 340 wide, 12 from the edge, from y 72 to 500.

const WIDTH = 1280;
const RIGHT: Box = { left: 928, right: 1268, top: 72, bottom: 500 };
const LEFT: Box = { left: 12, right: 352, top: 72, bottom: 500 };
const cell = (left: number, top: number): Box => ({ left, right: left + 80, top, bottom: top + 24 });

describe('where the panel shows while a cell is edited', () => {
  it('stays on the chosen side when it does not cover the cell', () => {
    expect(sideFor('right', 'right', cell(400, 100), RIGHT, WIDTH)).toBe('right');
    // under the panel's side but below it
    expect(sideFor('right', 'right', cell(1000, 600), RIGHT, WIDTH)).toBe('right');
  });

  it('moves to the other side when it covers the cell', () => {
    expect(sideFor('right', 'right', cell(1000, 100), RIGHT, WIDTH)).toBe('left');
    expect(sideFor('left', 'left', cell(100, 300), LEFT, WIDTH)).toBe('right');
  });

  it('goes back to the chosen side once the cell edited is clear of it there', () => {
    // shown on the left (stepped aside); the next cell is in the middle
    expect(sideFor('right', 'left', cell(600, 100), LEFT, WIDTH)).toBe('right');
    // …and stays aside while the cells edited are still under the chosen side
    expect(sideFor('right', 'left', cell(1100, 200), LEFT, WIDTH)).toBe('left');
  });

  it('stays where the user put it when it would cover the cell on both sides', () => {
    const narrow = 600;
    const panel: Box = { left: 248, right: 588, top: 72, bottom: 500 };
    expect(sideFor('right', 'right', cell(260, 100), panel, narrow)).toBe('right');
  });
});
