// Month and weekday names in English, German, French and Spanish.
import { describe, expect, it } from 'vitest';
import {
  monthFromName,
  normalizeWord,
  weekdayFromName,
  weekdaysFromName,
} from '../../../main/import/map/month-names.ts';

describe('monthFromName', () => {
  const table: Array<[number, string[]]> = [
    [1, ['January', 'jan', 'JAN.', 'Januar', 'Jän', 'Jänner', 'janv.', 'janvier', 'enero', 'ene']],
    [2, ['February', 'Feb', 'Februar', 'Feber', 'févr.', 'fév', 'fevr', 'février', 'febrero']],
    [3, ['March', 'Mar', 'März', 'Mär', 'Maerz', 'Mrz', 'mrz.', 'mars', 'marzo']],
    [4, ['April', 'Apr', 'avril', 'avr.', 'abril', 'abr']],
    [5, ['May', 'Mai', 'mai', 'mayo', 'may.']],
    [6, ['June', 'Jun', 'Juni', 'juin', 'junio']],
    [7, ['July', 'Jul', 'Juli', 'juillet', 'juil.', 'julio']],
    [8, ['August', 'Aug', 'août', 'aout', 'agosto', 'ago']],
    [9, ['September', 'Sep', 'Sept.', 'septembre', 'septiembre', 'setiembre', 'set']],
    [10, ['October', 'Oct', 'Oktober', 'Okt.', 'octobre', 'octubre']],
    [11, ['November', 'Nov', 'novembre', 'noviembre']],
    [12, ['December', 'Dec', 'Dezember', 'Dez', 'décembre', 'déc.', 'diciembre', 'dic']],
  ];
  for (const [month, names] of table) {
    it.each(names)(`%s → ${month}`, (name) => {
      expect(monthFromName(name)).toBe(month);
    });
  }

  it.each(['ju', 'jui', 'ma', 'de', 'foo', 'room', '12', '', 'décembres'])('%s is no month', (name) => {
    expect(monthFromName(name)).toBeUndefined();
  });
});

describe('weekdayFromName', () => {
  const table: Array<[number, string[]]> = [
    [0, ['Sunday', 'Sun', 'Sonntag', 'So', 'So.', 'dimanche', 'dim.', 'domingo', 'dom']],
    [1, ['Monday', 'Mon', 'Montag', 'Mo', 'lundi', 'lun.', 'lunes']],
    [2, ['Tuesday', 'Tue', 'Tues', 'Dienstag', 'mardi', 'mar.', 'martes']],
    [3, ['Wednesday', 'Wed', 'Mittwoch', 'Mi', 'mercredi', 'mer.', 'miércoles', 'mié', 'mie']],
    [4, ['Thursday', 'Thu', 'Thur', 'Thurs', 'Donnerstag', 'jeudi', 'jeu.', 'jueves', 'jue']],
    [5, ['Friday', 'Fri', 'Freitag', 'Fr', 'vendredi', 'ven.', 'viernes', 'vie']],
    [6, ['Saturday', 'Sat', 'Samstag', 'Sonnabend', 'Sa', 'samedi', 'sam.', 'sábado', 'sáb', 'sab']],
  ];
  for (const [weekday, names] of table) {
    it.each(names)(`%s → ${weekday}`, (name) => {
      expect(weekdayFromName(name)).toBe(weekday);
    });
  }

  // `Do` is Thursday in German and Dutch, Sunday in Spanish, Italian and Portuguese (domingo,
  // domenica): it may be either, and so is no one weekday.
  // `Di` is Tuesday in German and Dutch, Sunday in French (dimanche).
  it('Do and Di may each be one of two days', () => {
    expect(weekdaysFromName('Do')).toEqual([4, 0]);
    expect(weekdaysFromName('Do.')).toEqual([4, 0]);
    expect(weekdayFromName('Do')).toBeUndefined();
    expect(weekdaysFromName('Di.')).toEqual([2, 0]);
    expect(weekdaysFromName('So')).toEqual([0]);
    expect(weekdaysFromName('Mi')).toEqual([3]);
    expect(weekdaysFromName('Sa')).toEqual([6]);
  });

  // `son` starts both Sonntag and Sonnabend; `mo`-`so` are German only, so `lu` is nothing.
  it.each(['son', 'lu', 'tu', 'th', 'day', 'foo', ''])('%s is no weekday', (name) => {
    expect(weekdayFromName(name)).toBeUndefined();
  });
});

describe('normalizeWord', () => {
  it.each([
    ['Févr.', 'fevr'],
    ['Jän', 'jan'],
    ['AOÛT', 'aout'],
    ['Miércoles', 'miercoles'],
  ])('%s → %s', (word, expected) => {
    expect(normalizeWord(word)).toBe(expected);
  });
});
