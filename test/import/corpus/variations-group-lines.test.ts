// The variations generator must not turn a group line Excel padded to the table's width
// ('Provider: X,,,,') into a row: another practice's copy never writes a note into it or moves
// its label, and rows under group lines are never listed the other way round.
import { describe, expect, it } from 'vitest';
import type { ExpectedLayout } from './expected.ts';
import { variationsOf } from './variations.ts';

const layout: ExpectedLayout = {
  name: 'group-lines',
  file: 'x.csv',
  timeZone: 'America/Los_Angeles',
  system: '',
  source: '',
  notes: '',
  rows: [],
};

const file = [
  'Date,Time,Patient,Status',
  'Provider: HARTLEY,,,',
  '03/15/2027,8:00 AM,"Flores, Isabel",Confirmed',
  '03/15/2027,8:30 AM,"Flores, Mateo",Confirmed',
  'Provider: OKAFOR,,,',
  '03/15/2027,1:00 PM,"Tanaka, Ken",Cancelled',
  '',
].join('\n');

const text = (name: string): string => {
  const v = variationsOf(layout, Buffer.from(file)).find((x) => x.name === name);
  if (!v) throw new Error(`no variation '${name}'`);
  return v.bytes.toString('utf8');
};

describe('corpus variations: padded group lines', () => {
  it('adds a note to rows, not to the group line', () => {
    const lines = text('notes column').split('\n');
    expect(lines[1]).toBe('Provider: HARTLEY,,,');
    expect(lines[2]).toBe('03/15/2027,8:00 AM,"Flores, Isabel",Confirmed,Bring insurance card');
  });

  it('leaves the group label in its place when columns are copied', () => {
    expect(text('first column twice').split('\n')[4]).toBe('Provider: OKAFOR,,,');
  });

  it('does not reverse rows that stand under group lines', () => {
    expect(variationsOf(layout, Buffer.from(file)).some((v) => v.name === 'rows reversed')).toBe(false);
  });
});
