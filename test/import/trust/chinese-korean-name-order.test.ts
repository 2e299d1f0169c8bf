// A Chinese or Korean name written family name first in one column (`Wang Xiao Ming`: family name
// Wang, given name Xiao Ming; `Park Ji Hoon`) in a practice whose names are otherwise given name
// first (the US): it went as first name Wang, last name Ming. Only family names that are no given
// name count (Zhang, Wang, Liu, Park, Choi...); Kim, Lee, Lin, Ma, Sun are English names too, and
// Wei, Yu, Chen, Jun are written first as given names (`Wei Zhang`), unless the two syllables of a
// Korean given name follow Kim or Lee (`Kim Min Jun`). Held and asked once, as
// `Le Thi Mai` is. Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { familyFirstOnLine2 } from './family-first-doubt.ts';

const files = exportFiles('chinese-korean-name-order');
const newYork = { timeZone: 'America/New_York' };
const head = 'MRN,Patient Name,DOB,Appt Date,Appt Time,Provider,Status';
/** A day list whose first patient is `name`, beside names written given name first. */
const dayList = (name: string): string[] => [
  head,
  `30411,${name},03/12/1970,03/15/2027,9:00 AM,Dr Helen Ng,Scheduled`,
  '30412,John Smith,01/02/1965,03/15/2027,9:15 AM,Dr Helen Ng,Scheduled',
  '30413,Sarah Wilson,07/22/1988,03/15/2027,9:30 AM,Dr Helen Ng,Scheduled',
];

describe('a Chinese or Korean name family name first in one column', () => {
  it.each(['Wang Xiao Ming', 'ZHANG WEI', 'Liu Yang', 'Huang Mei Ling', 'Park Ji Hoon', 'Choi Seo Yeon'])(
    "'%s' holds the file (family-first), its line and not its name in the doubt",
    async (name) => {
      const r = await collect(files.write(dayList(name)), newYork);
      expect(r.summary.doubts).toMatchObject([familyFirstOnLine2('Patient Name')]);
      if (name !== 'Wang Xiao Ming') expect(r.summary.doubts[0]!.message).not.toContain(name);
    },
  );

  it.each([
    'Xiao Ming Wang',
    'Wei Zhang',
    'Ji Hoon Park',
    'Kim Lee', // English given names that are Korean family names too
    'Lin Chen',
    '"Wang, Xiao Ming"',
    'Zhang', // one word: no order to tell
  ])(
    "'%s' (given name first, a comma, or a name the list leaves out) goes without a question",
    async (name) => {
      const r = await collect(files.write(dayList(name)), newYork);
      expect(r.summary.doubts).toEqual([]);
    },
  );
});

// Kim and Lee are English names too, but before the two syllables of a Korean given name written as
// two words they are the family name: these had gone as first name Kim, last name Jun.
describe('a Korean name family name first with its given name in two words', () => {
  const doubts = async (name: string) => (await collect(files.write(dayList(name)), newYork)).summary.doubts;

  it.each(['Kim Min Jun', 'Lee Seo Yeon', 'JUNG HA EUN'])(
    "'%s' holds the file (family-first)",
    async (name) => {
      expect(await doubts(name)).toMatchObject([
        { check: 'family-first', message: expect.stringContaining('line 2') },
      ]);
    },
  );

  it.each(['Kim Ann Marie', 'Lee Ann Smith', 'Min Jun Kim'])("'%s' goes without a question", async (name) => {
    expect(await doubts(name)).toEqual([]);
  });
});

// Singapore's, Malaysia's and Hong Kong's family names (Tan, Ng, Wong, Chan) before a given name of
// two words, as clinics list them there and in Australia, the UK and Canada: these had gone as
// first name Tan, last name Kow. In two words, or before a Vietnamese family name, Tan may be the
// Vietnamese given name Tấn, and stays.
describe('a Singapore, Malaysian or Hong Kong name family name first', () => {
  const doubts = async (name: string) => (await collect(files.write(dayList(name)), newYork)).summary.doubts;

  it.each(['TAN AH KOW', 'Wong Mei Ling', 'Chan Tai Man', 'NG BOON HUAT'])(
    "'%s' holds the file (family-first)",
    async (name) => {
      expect(await doubts(name)).toMatchObject([
        { check: 'family-first', message: expect.stringContaining('line 2') },
      ]);
    },
  );

  it.each(['Tan Nguyen', 'Tan Van Nguyen', 'Ah Kow Tan', '"TAN, AH KOW"', 'Mei Ling Wong'])(
    "'%s' goes without a question",
    async (name) => {
      expect(await doubts(name)).toEqual([]);
    },
  );
});
