// The property test's own tools, checked against values worked out by hand: if the writer or the
// expected-time calculation were wrong, the property would blame the importer for it.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BASELINE_STYLE, DATE_STYLES, type ExportStyle } from './export-style.ts';
import { importExport } from '../../../main/import/import-export.ts';
import type { Appointment } from '../../../main/model/appointment.ts';
import type { ImportItem, ImportSummary } from '../../../main/model/import-summary.ts';
import { cleanUp, expectedStart, roundTrip, type Importer, type Verdict } from './round-trip.ts';
import { scheduleArb, type Schedule, type ScheduledAppointment } from './schedule.ts';
import { encodeWindows1252, fitsWindows1252 } from './windows-1252.ts';
import { encodeText, exportText, formatDate, formatTime } from './write-export.ts';

afterAll(cleanUp);

const at = (date: string, time: string): ScheduledAppointment => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return {
    patient: { firstName: 'Anna', lastName: 'Keller', dob: { year: 1980, month: 1, day: 2 } },
    date: { year, month, day },
    hour,
    minute,
    status: 'Scheduled',
    provider: 'Dr. Anna Keller',
  };
};

describe('expected start instants (Temporal) match the offsets worked out by hand', () => {
  it.each([
    ['America/New_York', '2026-03-06', '09:00', '2026-03-06T14:00:00Z'], // EST -5
    ['America/New_York', '2026-03-09', '09:00', '2026-03-09T13:00:00Z'], // EDT -4 from 03-08
    ['America/Chicago', '2026-11-02', '07:00', '2026-11-02T13:00:00Z'], // CST -6 from 11-01
    ['America/Los_Angeles', '2028-12-01', '19:55', '2028-12-02T03:55:00Z'], // PST -8, next UTC day
    ['Europe/London', '2026-03-27', '09:00', '2026-03-27T09:00:00Z'], // GMT
    ['Europe/London', '2026-03-30', '09:00', '2026-03-30T08:00:00Z'], // BST from 03-29
    ['Europe/Berlin', '2026-10-26', '09:00', '2026-10-26T08:00:00Z'], // CET from 10-25
    ['Europe/Paris', '2027-07-01', '09:00', '2027-07-01T07:00:00Z'], // CEST +2
    ['Australia/Sydney', '2027-01-15', '09:00', '2027-01-14T22:00:00Z'], // AEDT +11, previous UTC day
    ['Australia/Sydney', '2027-07-15', '09:00', '2027-07-14T23:00:00Z'], // AEST +10
    ['Pacific/Auckland', '2027-07-01', '09:00', '2027-06-30T21:00:00Z'], // NZST +12
    ['Pacific/Auckland', '2027-01-01', '09:00', '2026-12-31T20:00:00Z'], // NZDT +13
    ['America/Mexico_City', '2027-07-01', '09:00', '2027-07-01T15:00:00Z'], // -6, no DST since 2022
    // Not generated (starts are 07:00-19:55), but the rule zoned-time.ts documents: a time in the
    // spring-forward gap moves forward by the gap; one in the fall-back overlap is the earlier.
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00Z'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00Z'],
  ])('%s %s %s → %s', (zone, date, time, utc) => {
    expect(expectedStart(at(date, time), zone)).toBe(utc);
  });
});

describe('dates and times as exports write them', () => {
  it('every date style, for 2026-12-08 and 2027-03-04', () => {
    const dec = { year: 2026, month: 12, day: 8 };
    const mar = { year: 2027, month: 3, day: 4 };
    expect(DATE_STYLES.map((s) => [s, formatDate(dec, s), formatDate(mar, s)])).toEqual([
      ['YYYY-MM-DD', '2026-12-08', '2027-03-04'],
      ['M/D/YYYY', '12/8/2026', '3/4/2027'],
      ['MM/DD/YYYY', '12/08/2026', '03/04/2027'],
      ['D/M/YYYY', '8/12/2026', '4/3/2027'],
      ['DD/MM/YYYY', '08/12/2026', '04/03/2027'],
      ['DD.MM.YYYY', '08.12.2026', '04.03.2027'],
      ['YYYYMMDD', '20261208', '20270304'],
      ['D-Mon-YY', '8-Dec-26', '4-Mar-27'],
      ['Mon D, YYYY', 'Dec 8, 2026', 'Mar 4, 2027'],
    ]);
  });

  it.each([
    [14, 5, ['14:05', '14:05:00', '2:05 PM', '2:05pm', '2:05p']],
    [7, 0, ['07:00', '07:00:00', '7:00 AM', '7:00am', '7:00a']],
    [12, 30, ['12:30', '12:30:00', '12:30 PM', '12:30pm', '12:30p']],
    [19, 55, ['19:55', '19:55:00', '7:55 PM', '7:55pm', '7:55p']],
  ] as const)('%i:%i in every time style', (h, m, want) => {
    expect(
      (['HH:mm', 'HH:mm:ss', 'h:mm AM', 'h:mmam', 'h:mma'] as const).map((s) => formatTime(h, m, s)),
    ).toEqual(want);
  });
});

describe('the export text', () => {
  const schedule: Schedule = {
    hasAppointmentId: true,
    hasPatientId: true,
    appointments: [
      {
        patient: {
          firstName: 'José',
          lastName: 'de la Cruz',
          dob: { year: 1931, month: 11, day: 30 },
          patientId: '1019',
        },
        appointmentId: 'A10019',
        date: { year: 2026, month: 12, day: 8 },
        hour: 14,
        minute: 5,
        status: 'Cancelled',
        provider: 'Marisol Reyes, MD',
      },
    ],
  };

  it('French headers, a padded title, one date-time column, `Last, First`, quoting and a footer', () => {
    const style: ExportStyle = {
      ...BASELINE_STYLE,
      language: 'fr',
      dateStyle: 'Mon D, YYYY',
      timeStyle: 'h:mma',
      dateTime: 'one-column',
      names: 'last-comma-first',
      titleLines: 1,
      padTitles: true,
      footer: true,
    };
    expect(exportText(schedule, style)).toBe(
      [
        'Liste des rendez-vous,,,,,,',
        'Date et heure,Patient,Date de naissance,Praticien,Statut,N° RDV,N° patient',
        '"Dec 8, 2026 2:05p","de la Cruz, José","Nov 30, 1931","Marisol Reyes, MD",Cancelled,A10019,1019',
        '',
        'Total: 1',
        '',
      ].join('\n'),
    );
  });

  it('German headers, split names, semicolons, CRLF, columns in the order given; a two-digit year stays off birth dates', () => {
    const style: ExportStyle = {
      ...BASELINE_STYLE,
      language: 'de',
      delimiter: ';',
      lineEnding: '\r\n',
      dateStyle: 'D-Mon-YY',
      provider: false,
      columnOrder: ['patientId', 'status', 'firstName', 'lastName', 'time', 'date', 'dob', 'appointmentId'],
    };
    expect(exportText(schedule, style)).toBe(
      'Patienten-Nr;Status;Vorname;Nachname;Uhrzeit;Datum;Geburtsdatum;Termin-Nr\r\n' +
        '1019;Cancelled;José;de la Cruz;14:05;8-Dec-26;30-Nov-1931;A10019\r\n',
    );
  });
});

describe('encodings', () => {
  // Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x92 → U+0092), so the bytes are
  // checked against the code page chart by hand instead.
  it('Windows-1252 from its table', () => {
    const bytes = encodeWindows1252('Zoë O’Neill € Müller N° Nº Œ')!;
    expect([...bytes]).toEqual([
      0x5a, 0x6f, 0xeb, 0x20, 0x4f, 0x92, 0x4e, 0x65, 0x69, 0x6c, 0x6c, 0x20, 0x80, 0x20, 0x4d, 0xfc, 0x6c,
      0x6c, 0x65, 0x72, 0x20, 0x4e, 0xb0, 0x20, 0x4e, 0xba, 0x20, 0x8c,
    ]);
    expect(encodeWindows1252('Łucja')).toBeUndefined();
    expect(fitsWindows1252('Nguyễn')).toBe(false);
  });

  it('BOMs, and UTF-8 when Windows-1252 cannot write a name', () => {
    expect([...encodeText('é', 'utf8-bom').bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect([...encodeText('é', 'utf16le-bom').bytes]).toEqual([0xff, 0xfe, 0xe9, 0x00]);
    expect(encodeText('Dvořák', 'windows-1252')).toEqual({ bytes: Buffer.from('Dvořák'), encoding: 'utf8' });
  });
});

describe('schedules', () => {
  it('unique appointment ids, one id per patient, starts 07:00-19:55 on 5 minutes, days ≤ 12 when asked', () => {
    fc.assert(
      fc.property(scheduleArb(), (s) => {
        const ids = s.appointments.map((a) => a.appointmentId);
        if (s.hasAppointmentId) expect(new Set(ids).size).toBe(ids.length);
        else expect(ids.every((i) => i === undefined)).toBe(true);
        for (const a of s.appointments) {
          expect(a.hour * 60 + a.minute).toBeGreaterThanOrEqual(7 * 60);
          expect(a.hour * 60 + a.minute).toBeLessThanOrEqual(19 * 60 + 55);
          expect(a.minute % 5).toBe(0);
          expect(a.patient.patientId !== undefined).toBe(s.hasPatientId);
        }
      }),
      { numRuns: 200, seed: 1 },
    );
    for (const s of fc.sample(scheduleArb({ ambiguousDays: true }), { numRuns: 100, seed: 2 }))
      for (const a of s.appointments) {
        expect(a.date.day).toBeLessThanOrEqual(12);
        expect(a.patient.dob.day).toBeLessThanOrEqual(12);
      }
  });
});

describe('the round-trip judge', () => {
  const schedule: Schedule = {
    hasAppointmentId: false,
    hasPatientId: false,
    appointments: [at('2027-07-01', '09:00'), { ...at('2027-07-01', '11:00'), status: 'Canceled' }],
  };

  /** The real importer with its output changed: the judge must see each change for what it is. */
  const doctored = (change: (items: ImportItem[], summary: ImportSummary) => void): Importer =>
    async function* (file, opts) {
      const gen = importExport(file, opts);
      const items: ImportItem[] = [];
      let r = await gen.next();
      for (; !r.done; r = await gen.next()) items.push(r.value);
      const summary = r.value;
      change(items, summary);
      yield* items;
      return summary;
    };
  const appointmentAt = (items: ImportItem[], i: number): Appointment => {
    const item = items[i]!;
    if (item.kind !== 'appointment') throw new Error(`item ${i} is not an appointment`);
    return item.appointment;
  };
  const doubt = { kind: 'date-order' as const, message: 'the day/month order is not settled', samples: [] };

  it.each<[string, Importer | undefined, Verdict, RegExp]>([
    ['the real importer on a plain file', undefined, 'right', /^$/],
    [
      'doubts',
      doctored((_, s) => s.doubts.push({ ...doubt, question: 'Is 03/04 the 3rd of April?' })),
      'held',
      /order is not settled/,
    ],
    [
      'a doubt that asks nothing',
      doctored((_, s) => s.doubts.push({ ...doubt, question: ' ' })),
      'wrong',
      /held without/,
    ],
    [
      'a start an hour off',
      doctored((items) => {
        const a = appointmentAt(items, 0);
        a.start = new Date(a.start.getTime() + 3_600_000);
      }),
      'wrong',
      /start "2027-07-01T14:00:00Z" \(wanted "2027-07-01T13:00:00Z"\)/,
    ],
    [
      'a cancellation sent as booked',
      doctored((items) => {
        appointmentAt(items, 1).status = 'NEW';
      }),
      'wrong',
      /#2.*status "NEW" \(wanted "CANCEL"\)/,
    ],
    [
      'a name in other case',
      doctored((items) => {
        appointmentAt(items, 0).patient.lastName = 'KELLER';
      }),
      'wrong',
      /lastName "KELLER"/,
    ],
    [
      'an extra appointment',
      doctored((items) => {
        items.push({
          kind: 'appointment',
          line: 9,
          appointment: { ...appointmentAt(items, 0), appointmentId: 'x' },
        });
      }),
      'wrong',
      /extra appointment from line 9/,
    ],
    [
      'two appointments under one derived id',
      doctored((items) => {
        appointmentAt(items, 1).appointmentId = appointmentAt(items, 0).appointmentId;
      }),
      'wrong',
      /share the id/,
    ],
    [
      'a row error instead of an appointment',
      doctored((items) => {
        items[1] = { kind: 'error', error: { file: 'f', line: 3, message: 'bad', hint: 'fix' } };
      }),
      'unreadable',
      /appointment #2: f, line 3/,
    ],
    [
      'a refused file',
      // eslint-disable-next-line require-yield
      async function* () {
        throw new Error('cannot find the date column');
      },
      'unreadable',
      /refused: cannot find the date column/,
    ],
  ])('%s → %s', async (_, importer, verdict, detail) => {
    const trip = await roundTrip(schedule, { ...BASELINE_STYLE, timeZone: 'America/New_York' }, importer);
    expect([trip.verdict, trip.detail]).toEqual([verdict, expect.stringMatching(detail)]);
  });
});
