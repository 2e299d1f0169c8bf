// Two-word given names in a one-column name (`María José Ortega`, an Aesthetic Record client
// column; `Mary Ann Smith`): one given name, never a first name and a middle name left out.
// Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { compoundGivenName } from '../../../main/import/map/compound-given-names.ts';
import { splitName } from '../../../main/import/map/names.ts';

describe('compound given names', () => {
  it.each([
    // raw, first, middle, last
    ['María José Ortega', 'María José', undefined, 'Ortega'],
    ['Maria Jose Ortega', 'Maria Jose', undefined, 'Ortega'],
    ['MARIA JOSE ORTEGA', 'Maria Jose', undefined, 'Ortega'],
    ['José Luis Hernández', 'José Luis', undefined, 'Hernández'],
    ['Juan Carlos Medina', 'Juan Carlos', undefined, 'Medina'],
    ['Luz Marina Barrera', 'Luz Marina', undefined, 'Barrera'],
    ['Mary Ann Smith', 'Mary Ann', undefined, 'Smith'],
    ['Jo Ann Miller', 'Jo Ann', undefined, 'Miller'],
    // An initial after the compound stays a middle initial.
    ['Mary Beth K. Jones', 'Mary Beth', 'K.', 'Jones'],
    // The comma form kept every given word whole before, and still does.
    ['Ortega, María José', 'María José', undefined, 'Ortega'],
    // Not compounds: a middle name that is no compound's second word, a first word that begins none.
    ['Maria Elizabeth Smith', 'Maria', 'Elizabeth', 'Smith'],
    ['John Michael Smith', 'John', 'Michael', 'Smith'],
    ['Anh Van Nguyen', 'Anh', 'Van', 'Nguyen'],
  ])('%s', (raw, first, middle, last) => {
    const n = splitName(raw, 'auto');
    expect(n?.first).toBe(first);
    expect(n?.middle).toBe(middle);
    expect(n?.last).toBe(last);
  });

  it('needs both words of its lists, compared unaccented and in any case', () => {
    expect(compoundGivenName('MARÍA', 'josé')).toBe(true);
    expect(compoundGivenName('Maria', 'Garcia')).toBe(false);
    expect(compoundGivenName('Elena', 'Maria')).toBe(false);
  });
});
