import { describe, expect, it } from 'vitest';
import { parseFlag, statusClassifier } from '../../../main/import/map/status-vocabulary.ts';

describe('status vocabulary (built-in)', () => {
  const classify = statusClassifier(undefined);
  it.each([
    // OpenEMR titles with symbols, and raw symbols from the EHI export
    ['- None', 'NEW'],
    ['x Canceled', 'CANCEL'],
    ['% Canceled < 24h', 'CANCEL'],
    ['? No show', 'NEW'],
    ['@ Arrived', 'NEW'],
    ['> Checked out', 'NEW'],
    ['SMS Confirmed', 'NEW'],
    ['x', 'CANCEL'],
    ['%', 'CANCEL'],
    ['-', 'NEW'],
    ['x Cancelled by site', 'CANCEL'], // renamed title, same symbol
    // Open Dental
    ['Broken', 'CANCEL'],
    ['Scheduled', 'NEW'],
    ['Complete', 'NEW'],
    ['UnschedList', 'skip'],
    ['Planned', 'skip'],
    ['PtNote', 'skip'],
    // SimplePractice
    ['Show', 'NEW'],
    ['Cancelled', 'CANCEL'],
    ['Late Cancelled', 'CANCEL'],
    ['No Show', 'NEW'],
    // eClinicalWorks
    ['PEN', 'NEW'],
    ['ARR', 'NEW'],
    ['CHK', 'NEW'],
    ['PTNS', 'NEW'],
    ['hwCancel', 'CANCEL'],
    // general: any word containing "cancel", case and spaces ignored
    ['  CANCELED BY PATIENT ', 'CANCEL'],
    ['Blocked', 'skip'],
    ['', 'NEW'],
    ['Booked', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  it("a profile's own words win over the built-in ones", () => {
    const c = statusClassifier({ cancel: ['RESCH', 'Booked'], skip: ['No Show'], new: ['Broken'] });
    expect(c('resch')).toBe('CANCEL');
    expect(c('Booked')).toBe('CANCEL');
    expect(c('no show')).toBe('skip');
    expect(c('Broken')).toBe('NEW');
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['yes', true],
    ['1', true],
    ['Y', true],
    ['false', false],
    ['0', false],
    ['no', false],
    ['', false],
    ['maybe', undefined],
  ])('flag %s → %s', (v, b) => {
    expect(parseFlag(v)).toBe(b);
  });
});
