// Red team of the rules merged at 12:00-12:50 (provider sites, a provider's code before the name,
// group lines with the initial, the evening-clinic clock): inputs where a rule blanked or cut a
// real name, or read a start's clock from its date. Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import { takeLetterCode } from '../../../main/import/map/cell-codes.ts';
import { initialFits, wholeName } from '../../../main/import/map/initialled-names.ts';
import { providerIsAPlace } from '../../../main/import/map/room-values.ts';
import { oneProviderName, statedFilters } from '../../../main/import/read/stated-filters.ts';
import { StartClock } from '../../../main/import/trust/start-clock.ts';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('new-rules-probes');

describe('a family name that is also a site word', () => {
  it("'Sarah Branch' is a person, 'North Branch' a site", () => {
    expect(providerIsAPlace('Sarah Branch')).toBe(false);
    expect(providerIsAPlace('North Branch')).toBe(true);
    expect(providerIsAPlace('Main Street Clinic')).toBe(true);
  });

  it('is sent as the provider', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Provider,First Name,Last Name,DOB,Status',
        '03/15/2027,9:00 AM,Sarah Branch,Juan,Dela Cruz,07/23/1990,Confirmed',
        '03/15/2027,10:30 AM,Omar Haddad,Rosario,Mendoza,04/17/1958,Confirmed',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Sarah Branch', 'Omar Haddad']);
  });
});

describe('a family name in capitals before the given names, a printed gap apart', () => {
  it('is the name, not a code: only initials of the name beside it are a code', () => {
    expect(takeLetterCode('LEE  Anna Marie')).toEqual({ text: 'LEE  Anna Marie' });
    expect(takeLetterCode('DUPONT - Jean Marc').code).toBeUndefined();
    expect(statedFilters([['Provider: NG  Anna Lee']]).providerName).toBe('NG Anna Lee');
    // JLW: Jonathan L. Whitcomb's initials; AL: Anna Lee's, family name first or last
    expect(takeLetterCode('JLW  Jonathan L. Whitcomb, MD').code).toBe('JLW');
    expect(takeLetterCode('LA - Anna Lee').code).toBe('LA');
  });
});

describe('a family name of two words, printed with the initial', () => {
  it("'GARCIA LOPEZ M' is Maria Garcia Lopez's", () => {
    const whole = wholeName('GARCIA LOPEZ, MARIA MD')!;
    expect(initialFits('GARCIA LOPEZ M', whole.initial)).toBe(true);
    expect(initialFits('M GARCIA LOPEZ', whole.initial)).toBe(true);
    expect(initialFits('GARCIA LOPEZ A', whole.initial)).toBe(false);
    expect(initialFits('LOPEZ M', whole.initial)).toBe(false);
  });

  it("its group line names one provider: 'GARCIA LOPEZ, MARIA MD', never 'Anna Lee, Raj Patel'", () => {
    expect(oneProviderName('GARCIA LOPEZ, MARIA MD')).toBe(true);
    expect(oneProviderName('Anna Lee, Raj Patel')).toBe(false);
    expect(oneProviderName('Lee Patel, Kim')).toBe(false);
  });
});

describe('a one-digit hour after a date written with dots', () => {
  const doubts = (values: string[]): Array<string | undefined> => {
    const clock = new StartClock();
    for (const v of values) {
      const hm = /(\d{1,2}):(\d\d)$/.exec(v)!;
      clock.start({ hour: Number(hm[1]), minute: Number(hm[2]), second: 0, millisecond: 0 }, false, v);
      clock.rowRead();
    }
    return clock.doubts({ kind: 'column', field: 'time', column: 'Start' }).map((d) => d.check);
  };

  it("'02.03.2027 7:30' has a one-digit hour: asked as '7:30' is", () => {
    expect(doubts(['02.03.2027 7:30', '02.03.2027 8:15', '03.03.2027 9:00'])).toEqual(['twelve-hour-clock']);
    expect(doubts(['7:30', '8:15', '9:00'])).toEqual(['twelve-hour-clock']);
    // the 24-hour form, its hour padded, goes
    expect(doubts(['02.03.2027 07:30', '02.03.2027 08:15'])).toEqual([]);
  });
});
