// Twins and other multiples of one first name told apart by a middle name or a marker
// (`Mohammed Ali Khan` / `Mohammed Omar Khan`, `Khan, Mohammed (Twin A)` / `(Twin B)`) differ only in
// the middle part that patient ids made from names leave out: they went as one patient, and the
// second twin's visit at the same start replaced the first's. Without a patient-id column the file
// is held; with one, each keeps their own id and the file goes. Twins still under the temporary
// names hospitals give newborns (The Joint Commission's `Smith, Judy Girl A` / `Smith, Judy Girl B`,
// `Jones, Twin A`, `Baby Boy Smith` / `Baby Girl Smith`) are not the patients' names: those rows
// are refused (newborn-names.test.ts), neither held nor sent. Expected outcomes worked out by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameMiddle } from '../../../main/import/trust/names-apart.ts';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('names-apart');
const { write } = files;
const NY = { timeZone: 'America/New_York' };

const HEAD = 'Appt Date,Appt Time,Patient Name,DOB,Provider,Visit Type,Status';
const row = (time: string, name: string, dob: string) =>
  `03/02/2027,${time},"${name}",${dob},"Patel, Nina MD",Newborn Visit,Scheduled`;

const heldFor = (r: Awaited<ReturnType<typeof collect>>) => r.summary.doubts.map((d) => d.check);

describe('two people of one name and birth date told apart by a middle part', () => {
  it('holds twins told apart by a middle name only, without a patient id, naming lines only', async () => {
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', 'Mohammed Ali Khan', '06/14/2019'),
        row('9:00 AM', 'Mohammed Omar Khan', '06/14/2019'), // line 3: the other twin
        row('10:00 AM', 'Okafor, Daniel', '11/02/2017'),
      ]),
      NY,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', check: 'names-apart', field: 'patientName', column: 'Patient Name' },
    ]);
    expect(r.summary.doubts[0]!.message).toContain('line 3');
    expect(r.summary.doubts[0]!.message).toContain('line 2');
    expect(JSON.stringify(r.summary.doubts)).not.toMatch(/Mohammed|Khan|Okafor/);
  });

  it('holds twins whose marker is a bracketed note (otherwise left out of the name)', async () => {
    // Enough plain names that the name column is recognised surely despite the brackets.
    const others = [
      row('10:00 AM', 'Okafor, Daniel', '11/02/2017'),
      row('10:30 AM', 'Brooks, Mia', '01/20/2020'),
      row('11:00 AM', 'Reed, Tom', '02/11/1971'),
      row('11:30 AM', 'Nguyen, Lily', '06/14/2019'),
      row('1:00 PM', 'Shaw, Riley', '03/03/1985'),
    ];
    for (const [a, b] of [
      ['Khan, Mohammed (Twin A)', 'Khan, Mohammed (Twin B)'],
      ['Khan, Mohammed (A)', 'Khan, Mohammed (B)'],
      ['Lee, Sam (Triplet 1)', 'Lee, Sam (Triplet 2)'],
    ]) {
      const r = await collect(
        write([HEAD, row('9:00 AM', a!, '06/14/2019'), row('9:15 AM', b!, '06/14/2019'), ...others]),
        NY,
      );
      expect(heldFor(r), `${a} / ${b}`).toEqual(['names-apart']);
    }
    // A number alone in brackets may count a patient's visits: one person.
    const one = await collect(
      write([
        HEAD,
        row('9:00 AM', 'Smith, John (2)', '11/20/1980'),
        row('9:15 AM', 'Smith, John (3)', '11/20/1980'),
        ...others,
      ]),
      NY,
    );
    expect(heldFor(one)).not.toContain('names-apart');
  });

  it("newborn twins' temporary names (Twin A / B, Baby Boy A / B, Baby Boy / Baby Girl) are refused, not held", async () => {
    for (const [a, b] of [
      ['Jones, Twin A', 'Jones, Twin B'],
      ['Smith, Baby Boy A', 'Smith, Baby Boy B'],
      ['Hobson, Babygirl A', 'Hobson, Babygirl B'],
      ['Baby Boy Smith', 'Baby Girl Smith'],
      ['Baby Girl A Smith', 'Baby Girl B Smith'],
      ['SMITH, BABY GIRL A', 'SMITH, BABY GIRL B'],
    ]) {
      const r = await collect(
        write([
          HEAD,
          row('9:00 AM', a!, '11/20/2026'),
          row('9:15 AM', b!, '11/20/2026'),
          row('10:00 AM', 'Okafor, Daniel', '11/02/2017'),
        ]),
        NY,
      );
      expect(heldFor(r), `${a} / ${b}`).toEqual([]);
      expect(
        r.errors.map((e) => e.line),
        `${a} / ${b}`,
      ).toEqual([2, 3]);
      expect(r.appointments).toHaveLength(1);
    }
  });

  it('holds twins told apart by a middle-name column of their own', async () => {
    const r = await collect(
      write([
        'Appt Date,Appt Time,First Name,Middle Name,Last Name,DOB,Provider,Status',
        '03/02/2027,9:00 AM,Mohammed,Ali,Khan,06/14/2019,"Patel, Nina MD",Scheduled',
        '03/02/2027,9:00 AM,Mohammed,Omar,Khan,06/14/2019,"Patel, Nina MD",Scheduled',
        '03/02/2027,10:00 AM,Daniel,,Okafor,11/02/2017,"Patel, Nina MD",Scheduled',
      ]),
      NY,
    );
    expect(heldFor(r)).toEqual(['names-apart']);
  });

  it("one person's middle part written once, as an initial or in capitals is one person: sent", async () => {
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', 'Reyes, John A', '04/05/1980'),
        row('11:00 AM', 'Reyes, John', '04/05/1980'),
        row('1:00 PM', 'REYES, JOHN A.', '04/05/1980'),
        row('2:00 PM', 'John Allen Reyes', '04/05/1980'),
        row('3:00 PM', 'Okafor, Daniel', '11/02/2017'),
      ]),
      NY,
    );
    expect(r.summary.doubts).toEqual([]);
    const ids = r.appointments.map((a) => a.patient.patientId);
    expect(ids).toHaveLength(5);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
  });

  it('twins with their own ids (MRN) go as two patients, without the one-person-two-ids hold', async () => {
    const r = await collect(
      write([
        'Appt Date,Appt Time,MRN,Patient Name,DOB,Provider,Status',
        '03/02/2027,9:00 AM,200931,Mohammed Ali Khan,06/14/2019,"Patel, Nina MD",Scheduled',
        '03/02/2027,9:00 AM,200932,Mohammed Omar Khan,06/14/2019,"Patel, Nina MD",Scheduled',
        '03/02/2027,10:00 AM,188120,"Okafor, Daniel",11/02/2017,"Patel, Nina MD",Scheduled',
      ]),
      NY,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['200931', '200932', '188120']);
  });

  it('twins under one id (a mother’s or family number) are a patient id given to two people', async () => {
    const r = await collect(
      write([
        'Appt Date,Appt Time,MRN,Patient Name,DOB,Provider,Status',
        '03/02/2027,9:00 AM,200931,Mohammed Ali Khan,06/14/2019,"Patel, Nina MD",Scheduled',
        '03/02/2027,9:15 AM,200931,Mohammed Omar Khan,06/14/2019,"Patel, Nina MD",Scheduled',
        '03/02/2027,10:00 AM,188120,"Okafor, Daniel",11/02/2017,"Patel, Nina MD",Scheduled',
      ]),
      NY,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', check: 'patient-id-shared', field: 'patientId', column: 'MRN', samples: ['200931'] },
    ]);
  });

  it('is not asked again once a person confirmed the mapping on a file held for it', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        patientName: 'Patient Name',
        dob: 'DOB',
        providerName: 'Provider',
        type: 'Visit Type',
        status: 'Status',
      },
      HEAD.split(','),
    );
    const file = write([
      HEAD,
      row('9:00 AM', 'Ann Rose Lee', '04/05/1980'),
      row('1:00 PM', 'Ann Ruth Lee', '04/05/1980'),
    ]);
    expect(heldFor(await collect(file, { ...NY, profile }))).toEqual(['names-apart']);
    await answerOn(profile, file, { ...NY, profile });
    expect((await collect(file, { ...NY, profile })).summary.doubts).toEqual([]);
  });
});

// A confirmation answers the hold for the people of the file it was held for, by their shared
// made-up id: it had answered it for the whole practice, and twins born a month later went as one
// patient. The ids are the first 12 hex of SHA-256 over `last U+001F first U+001F birth date`
// (the first name is `Mohammed`, the middle part `Ali`), worked out by hand with sha256sum:
// `printf 'khan\x1fmohammed\x1f2019-06-14' | sha256sum`, `printf 'garcia\x1fmaria\x1f2020-03-08' | sha256sum`.
describe('a confirmation answers names-apart for the people it was asked about', () => {
  const SMITH_TWINS = 'P-1cc872162f5c'; // Mohammed Ali / Omar Khan, born 06/14/2019
  // Middle names no compound given name takes (compound-given-names.ts: `Maria Jose` is one).
  const JONES_TWINS = 'P-2dffd0b4f227'; // Maria Renee / Yvette Garcia, born 03/08/2020
  const smith = [
    row('9:00 AM', 'Mohammed Ali Khan', '06/14/2019'),
    row('9:00 AM', 'Mohammed Omar Khan', '06/14/2019'),
  ];
  const jones = [
    row('9:30 AM', 'Maria Renee Garcia', '03/08/2020'),
    row('9:30 AM', 'Maria Yvette Garcia', '03/08/2020'),
  ];
  const okafor = row('10:00 AM', 'Okafor, Daniel', '11/02/2017');
  let profiles = 0;
  /** A profile confirmed on files with `head` (and the answers a person gave, when `answered`). */
  const newProfile = (answered?: string[], head = HEAD, more: Record<string, string> = {}): string => {
    const columns = {
      date: 'Appt Date',
      time: 'Appt Time',
      patientName: 'Patient Name',
      dob: 'DOB',
      providerName: 'Provider',
      status: 'Status',
      ...(head.includes('Visit Type') ? { type: 'Visit Type' } : {}),
      ...more,
    };
    const saved = JSON.parse(fs.readFileSync(confirmedProfile(files, columns, head.split(',')), 'utf8'));
    if (answered) saved.confirmed.answered = answered;
    // A name of its own: confirmedProfile's are made apart by the clock's milliseconds only.
    const f = path.join(files.dir, `names-apart-profile-${++profiles}.json`);
    fs.writeFileSync(f, JSON.stringify(saved));
    return f;
  };

  it('the twins confirmed go unasked; twins of another name and birth date are held again', async () => {
    const profile = newProfile();
    const first = write([HEAD, ...smith, okafor]);
    expect(heldFor(await collect(first, { ...NY, profile }))).toEqual(['names-apart']);
    await answerOn(profile, first, { ...NY, profile });
    expect((await collect(first, { ...NY, profile })).summary.doubts).toEqual([]);

    // The same twins on a later day: the person said they are fine.
    const again = await collect(
      write([HEAD, okafor, ...smith.map((r) => r.replace('03/02/2027', '03/09/2027'))]),
      { ...NY, profile },
    );
    expect(again.summary.doubts).toEqual([]);

    // Other twins (lines 3 and 4): asked about, by their lines only.
    const other = await collect(write([HEAD, okafor, ...jones]), { ...NY, profile });
    expect(heldFor(other)).toEqual(['names-apart']);
    expect(other.summary.doubts[0]!.subjects).toEqual([JONES_TWINS]);
    expect(other.summary.doubts[0]!.message).toContain('the patient on line 4');
    expect(other.summary.doubts[0]!.message).toContain('the one on line 3');

    // Both pairs in one file (lines 2–3 and 4–5): only the new one is asked about.
    const both = await collect(write([HEAD, ...smith, ...jones, okafor]), { ...NY, profile });
    expect(heldFor(both)).toEqual(['names-apart']);
    expect(both.summary.doubts[0]!.subjects).toEqual([JONES_TWINS]);
    const message = both.summary.doubts[0]!.message;
    expect(message).toContain('the patient on line 5 has');
    expect(message).toContain('the one on line 4 and');
    expect(message).not.toMatch(/line [23]\b|more patient/);
    // What the confirmation kept: the twins it was asked about, not the practice.
    expect(JSON.parse(fs.readFileSync(profile, 'utf8')).confirmed.answered).toEqual([
      `names-apart#${SMITH_TWINS}`,
    ]);
  });

  it('a profile that answered names-apart for the whole practice (the version before) is asked again', async () => {
    for (const key of ['names-apart@Patient Name', 'names-apart']) {
      const profile = newProfile([key]);
      const r = await collect(write([HEAD, okafor, ...jones]), { ...NY, profile });
      expect(heldFor(r), key).toEqual(['names-apart']);
    }
  });

  it('twins with their own ids are unaffected by the twins confirmed', async () => {
    const head = 'Appt Date,Appt Time,MRN,Patient Name,DOB,Provider,Status';
    const profile = newProfile([`names-apart#${SMITH_TWINS}`], head, { patientId: 'MRN' });
    const r = await collect(
      write([
        head,
        '03/02/2027,9:00 AM,200931,Mohammed Ali Khan,06/14/2019,"Patel, Nina MD",Scheduled',
        '03/02/2027,9:00 AM,200931,Mohammed Omar Khan,06/14/2019,"Patel, Nina MD",Scheduled',
      ]),
      { ...NY, profile },
    );
    // One id on both twins is still a patient id given to two people.
    expect(r.summary.doubts.map((d) => d.check)).toEqual(['patient-id-shared']);
  });
});

describe('sameMiddle', () => {
  it('an initial, a dot, accents or a word left out are the same middle part', () => {
    expect(sameMiddle('A', 'Ann')).toBe(true);
    expect(sameMiddle('A.', 'a')).toBe(true);
    expect(sameMiddle('José', 'JOSE')).toBe(true);
    expect(sameMiddle('Ann Marie', 'A')).toBe(true);
    expect(sameMiddle('Ann-Marie', 'Ann Marie')).toBe(true);
  });
  it('twin markers and other middle names are not', () => {
    expect(sameMiddle('A', 'B')).toBe(false);
    expect(sameMiddle('Boy', 'Girl')).toBe(false);
    expect(sameMiddle('Girl A', 'Girl B')).toBe(false);
    expect(sameMiddle('Marie', 'Mary')).toBe(false);
  });
});
