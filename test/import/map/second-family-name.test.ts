// The second family name read after the last name (second-family-name.ts); wants by hand.
import { describe, expect, it } from 'vitest';
import { withSecondFamilyName } from '../../../main/import/map/second-family-name.ts';

describe('withSecondFamilyName', () => {
  it.each<[string, string, string]>([
    ['González', 'Muñoz', 'González Muñoz'],
    ['González', 'de la Fuente', 'González de la Fuente'],
    ['González', '', 'González'],
    ['', 'Muñoz', ''],
    // Mexico's X for no second surname, and an initial, are no family name
    ['Pérez', 'X', 'Pérez'],
    ['Pérez', 'x', 'Pérez'],
    ['Pérez', 'M.', 'Pérez'],
    // both surnames already in the last name: not written twice, case and accents aside
    ['González Muñoz', 'Muñoz', 'González Muñoz'],
    ['González Munoz', 'MUÑOZ', 'González Munoz'],
    ['García de la Fuente', 'de la Fuente', 'García de la Fuente'],
    // one surname twice is a person's two surnames
    ['González', 'González', 'González González'],
    // a last name ending in another word is no copy of the second
    ['Muñoz González', 'Muñoz', 'Muñoz González Muñoz'],
  ])('%j + %j = %j', (last, second, want) => {
    expect(withSecondFamilyName(last, second)).toBe(want);
  });
});
