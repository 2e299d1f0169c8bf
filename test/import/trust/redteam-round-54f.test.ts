// Red team, round 54f: a visit's STATUS said somewhere other than the status column, or in words
// the status reader has not met, attacked for WRONG SENDS only. Each probe is a small file of
// three rows (Hollis, Obi, Lindqvist); the sign is on Obi's row (line 3) only. Outcomes were worked
// out by hand before the first run:
//   'held'  the file is held (a question), refused, or Obi's row is a row error: never sent booked;
//   'sent'  the file goes without a question, every row with the status written beside it.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). 22 March 2027 is
// a Monday. Hollis 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March
// 13:30 = 20:30Z.
//
// Before the fixes of this round, these went as booked (Obi NEW): a note `RS to 3/29` or
// `reporté au 29/03` (a move to another day, written with `RS` or in French); a type `CANCELLED
// OV`, `Cancelled Procedure`, `CANC-FU`; a second status-like column (`Sched Status`, `Outcome`,
// `Disposition`, `Flag`) saying `Rescheduled`, `Moved`, `R/S` or `Bumped` beside `Status` =
// `Scheduled`; a confirmation or reply column saying `Declined` or `Reschedule Requested` beside
// it; and the names `DELETED Obi, Adaeze` (sent as the family name `Deleted Obi`) and `XX Obi,
// Adaeze` (as `Xx Obi`).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  PATIENT,
  PID,
  PROVIDER,
  type Result,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-54f');

const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];

const opts = { timeZone: 'America/Los_Angeles' };
const run = async (cols: Cols, profile?: string): Promise<Result | 'refused'> => {
  try {
    return await collect(files.write(lines(cols)), { ...opts, ...(profile ? { profile } : {}) });
  } catch {
    return 'refused';
  }
};
/** Obi's row never went as booked: held, refused, a row error, or sent cancelled. */
const obiNotBooked = (r: Result | 'refused'): boolean =>
  held(r) ||
  (r !== 'refused' &&
    !r.appointments.some(
      (a) => a.start.toISOString().startsWith('2027-03-22T17:00') && a.status !== 'CANCEL',
    ));
const booked = (obi = 'NEW'): string[] => [
  `${STARTS[0]} NEW Hollis`,
  `${STARTS[1]} ${obi} Obi`,
  `${STARTS[2]} NEW Lindqvist`,
];

// ---------------------------------------------------------------------------------------------
// A. A note beside a booked status
// ---------------------------------------------------------------------------------------------
// Front-desk shorthand as US practices type it in an appointment's note or comment: `cx`, `cxl`,
// `canc` for cancelled, `R/S`, `RS`, `rsch` for rescheduled (medical-abbreviation lists and
// dental office glossaries; Open Dental's and Dentrix's appointment notes print in the schedule
// reports as typed), and a border practice's French (`reporté au`, `déplacé au`: Quebec's RAMQ
// clinic software writes `Rendez-vous reporté`).
describe('A. a note that says the visit is off, beside Status = Scheduled, never goes booked', () => {
  const off = [
    'CANCELLED - pt called 3/1',
    'cxl',
    'pt cx per pt request',
    'Pt canc.',
    'c/x per pt',
    'called to cancel',
    // fixed in this round: `cx` after who cancelled, or after `called to`
    'called to cx',
    'ofc cx - dr out',
    'R/S to 3/15',
    // fixed in this round: a move to another day with `RS` or `rsch`, or in French
    'RS to 3/29',
    "RS'd to 4/2",
    'rsch to 3/29',
    'reporté au 29/03',
    'rdv déplacé au 2/4',
    'remis au 5/4',
    // Spanish, as written on a bilingual front desk
    'Cancelada',
    'cancelada por paciente',
    'reprogramada para el 29/3',
  ];
  for (const header of ['Notes', 'Comments', 'Appointment Comments', 'Scheduler Notes']) {
    it.each(off)(`${header} = %s`, async (note) => {
      expect(obiNotBooked(await run([...BASE, status('Confirmed'), col(header, note)]))).toBe(true);
    });
  }

  it('a no-show in a note leaves a booked row booked (a no-show stays on the schedule as missed)', async () => {
    expect(
      sent(await run([...BASE, status('Confirmed'), col('Notes', 'NO SHOW - rebook')])) ?? booked(),
    ).toEqual(booked());
  });

  it('a move from another day, a room or a culture is no cancellation: the row goes booked', async () => {
    for (const note of [
      'RS from 3/8',
      'moved to room 4',
      'rs to the 4th floor',
      'pt cx results reviewed',
      'cx - neg',
    ])
      expect(sent(await run([...BASE, status('Confirmed'), col('Notes', note)])), note).toEqual(booked());
  });
});

// ---------------------------------------------------------------------------------------------
// B. A status mark typed into the patient's name
// ---------------------------------------------------------------------------------------------
// A desk strikes a visit in the schedule by editing the name (`*CANC*`, `(Cancelled)`, `XX`), as
// Carestream's PracticeWorks advises `zzz` before the last name of an inactive patient
// (community.carestreamdental.com, "PracticeWorks: Inactivating and Re-Activating Patients").
describe('B. a status mark in the name never goes as a booked patient of that name', () => {
  const marked = [
    '*CANC* Obi, Adaeze',
    'Obi, Adaeze (Cancelled)',
    '(CANCELLED) Obi, Adaeze',
    'CX - Obi, Adaeze',
    'Obi, Adaeze - CXL',
    'CANCELED Obi, Adaeze',
    'zz Obi, Adaeze',
    // fixed in this round
    'DELETED Obi, Adaeze',
    'VOID Obi, Adaeze',
    'XX Obi, Adaeze',
    'Obi, Adaeze RESCHED',
    // round 55: marks longer than nine letters were never compared (markWord's length cap)
    'Obi, Adaeze RESCHEDULED',
    'RESCHEDULED Obi, Adaeze',
  ];
  for (const withStatus of [true, false]) {
    it.each(marked)(`%s (${withStatus ? 'Status = Scheduled' : 'no status column'})`, async (name) => {
      const cols: Cols = [
        DATE,
        TIME,
        ['Patient', ['Hollis, Grace', name, 'Lindqvist, Sven']],
        DOB,
        PID,
        PROVIDER,
        APPT,
        ...(withStatus ? [status('Scheduled')] : []),
      ];
      const r = await run(cols);
      expect(obiNotBooked(r)).toBe(true);
      if (r !== 'refused')
        expect(r.appointments.some((a) => /deleted|void|xx|resched/i.test(a.patient.lastName))).toBe(false);
    });
  }

  it('a block named with XX after it is still a placeholder, not a patient', async () => {
    const r = await run([
      DATE,
      TIME,
      ['Patient', ['Hollis, Grace', 'BLOCK, XX', 'Lindqvist, Sven']],
      ['DOB', ['06/02/1970', '', '08/29/1963']],
      ['Patient ID', ['100415', '', '100954']],
      PROVIDER,
      APPT,
      status('Scheduled'),
    ]);
    const a = sent(r);
    if (a) expect(a).toEqual([`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`]);
  });

  it('a real name starting with an edge word is a name: Rhodes, Devon goes', async () => {
    const r = await run([
      DATE,
      TIME,
      ['Patient', ['Hollis, Grace', 'Rhodes, Devon', 'Lindqvist, Sven']],
      DOB,
      PID,
      PROVIDER,
      APPT,
      status('Scheduled'),
    ]);
    expect(sent(r)).toEqual([
      `${STARTS[0]} NEW Hollis`,
      `${STARTS[1]} NEW Rhodes`,
      `${STARTS[2]} NEW Lindqvist`,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// C. The visit type renamed instead of the status
// ---------------------------------------------------------------------------------------------
describe('C. a type that says cancelled beside a booked status holds the file', () => {
  const types = [
    'Cancelled',
    'CANC',
    // fixed in this round: a cancel word inside a longer type
    'CANCELLED OV',
    'Cancelled Procedure',
    'CANC-FU',
    'Canceled Consult',
    'Late Cancel Fee',
  ];
  for (const header of ['Appt Type', 'Visit Type', 'Type']) {
    it.each(types)(`${header} = %s`, async (t) => {
      expect(held(await run([...BASE, status('Confirmed'), col(header, t, 'Follow Up')]))).toBe(true);
    });
  }

  it.each(['CANCELLED OV', 'Cancelled Procedure', 'CANC-FU'])(
    'with no status column, a type of %s holds the file too (fixed in this round)',
    async (t) => {
      expect(held(await run([...BASE, col('Appt Type', t, 'Follow Up')]))).toBe(true);
    },
  );

  it.each(['Cancellation Appt', 'Cancer Screening', 'Annual Exam', 'Broken Tooth', 'Not cancelled - f/u'])(
    'a type of %s is a kind of visit: the file goes as booked',
    async (t) => {
      expect(sent(await run([...BASE, status('Confirmed'), col('Appt Type', t, 'Follow Up')]))).toEqual(
        booked(),
      );
    },
  );
});

// ---------------------------------------------------------------------------------------------
// C2. The provider or the place read, renamed for a cancellation
// ---------------------------------------------------------------------------------------------
// Eaglesoft practices park broken appointments in a chair of their own (`Broken Appts`), and a
// schedule's resource list may hold a `CANCELLED` column the desk drags visits to.
describe('C2. a provider or location that says cancelled beside a booked status holds the file', () => {
  it.each([
    'Dr. Raj Lee - CANCELLED',
    'CANCELLED',
    'Dr. Raj Lee (CXL)',
    'CXL - Dr. Raj Lee',
    'Dr. Raj Lee - R/S to 3/29',
    'Dr. Raj Lee - Bumped',
  ])('Provider = %s (fixed in this round)', async (p) => {
    const cols: Cols = [
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      ['Provider', ['Dr. Nina Patel', p, 'Dr. Nina Patel']],
      APPT,
      status('Scheduled'),
    ];
    expect(held(await run(cols))).toBe(true);
  });
  it.each([
    'CANCELLED',
    'Cancelled Appts',
    'Main Office - CANCELLED',
    'Broken Appts',
    'Op 9 (Broken)',
    'Rescheduled',
    'Bumped',
  ])('Location = %s (fixed in this round)', async (l) => {
    expect(held(await run([...BASE, status('Scheduled'), col('Location', l, 'Main Office')]))).toBe(true);
  });
  it.each(['Dr. Storn', 'Dr. Annulli', 'Cancel, Ruth MD', 'Dr. Kept'])(
    'a provider named %s is a name, read as none of these: the file goes as booked',
    async (p) => {
      const cols: Cols = [
        DATE,
        TIME,
        PATIENT,
        DOB,
        PID,
        ['Provider', ['Dr. Nina Patel', p, 'Dr. Nina Patel']],
        APPT,
        status('Scheduled'),
      ];
      const a = sent(await run(cols));
      expect(a).toEqual(booked());
    },
  );
});

// ---------------------------------------------------------------------------------------------
// D. Cancellation columns against the status
// ---------------------------------------------------------------------------------------------
describe('D. a cancellation column filled while the status books the row', () => {
  it.each([
    ['Cancel Reason', 'Pt sick'],
    ['Cancelled By', 'Patient'],
    ['Cancel Date', '03/01/2027'],
    ['Cxl Reason', 'Weather'],
    ['Cancellation Reason', 'PATIENT CANCELLED'],
    ['Canceled By', 'jsmith'],
    ['Date Cancelled', '03/01/2027'],
    ['Reschedule Reason', 'Dr out'],
    ['Bump Reason', 'Dr out'],
    ['Reason for Cancellation', 'ill'],
  ])('%s = %s holds the file', async (h, v) => {
    expect(held(await run([...BASE, status('Scheduled'), col(h, v)]))).toBe(true);
  });

  it.each(['Cancel Date', 'Cancellation Date', 'Cx Reason', 'Bump Reason'])(
    '%s empty beside a cancelled status: the cancelled row goes cancelled',
    async (h) => {
      const a = sent(await run([...BASE, status('Cancelled'), col(h, '')]));
      if (a) expect(a).toEqual(booked('CANCEL'));
    },
  );
});

// ---------------------------------------------------------------------------------------------
// E. Codes in the status column
// ---------------------------------------------------------------------------------------------
describe('E. codes in the status column', () => {
  it.each(['CX', 'CXL', 'CANC', 'CXLD', 'CXL-PT', 'Pt Cancel', 'Late Cx', 'R/S', 'RESCH', 'Bumped', 'Void'])(
    '%s cancels',
    async (code) => {
      expect(sent(await run([...BASE, status(code)]))).toEqual(booked('CANCEL'));
    },
  );
  // `X` alone among status words (`Scheduled`, `X`, `Scheduled`) is asked since 63c: a front desk's
  // tick as well as a strike (trust/lone-status-mark.ts; 62e's probe). Among the export's own marks
  // or codes it cancels (redteam-round-63c).
  it('X among status words: asked', async () => {
    expect(held(await run([...BASE, status('X')]))).toBe(true);
  });
  it.each(['NS', 'N/S', 'LWBS', 'LWOBS', 'Kept', 'Conf', 'Arr', 'Chk In', 'Left w/o being seen'])(
    '%s is booked (a visit that happened, or a no-show: it stays on the schedule)',
    async (code) => {
      expect(sent(await run([...BASE, status(code)]))).toEqual(booked());
    },
  );
  // Codes whose meaning depends on the system (C is Confirmed in one and Cancelled in another;
  // DNKA a dentist's broken appointment or a doctor's no-show) or that no list gives.
  it.each([
    'C',
    'P',
    'A',
    'DNS',
    'DNKA',
    'RS',
    'RSCH',
    'BMP',
    'CI',
    'CO',
    'KP',
    'PND',
    'DEL',
    'SDC',
    'LC',
    'TBR',
  ])('%s is asked', async (code) => {
    expect(held(await run([...BASE, status(code)]))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// F. Spanish and French-Canadian status words at a US front desk
// ---------------------------------------------------------------------------------------------
describe('F. Spanish and French status words', () => {
  it.each([
    'Cancelada',
    'Cancelado',
    'Cita cancelada',
    'Cancelada por paciente',
    'Anulada',
    'Annulé',
    'Annulée par le patient',
    'Rendez-vous annulé',
    'Annulation tardive',
    'Cancelled / Cancelada',
  ])('%s cancels', async (w) => {
    expect(sent(await run([...BASE, status(w, 'Programada')]))).toEqual(booked('CANCEL'));
  });
  it.each([
    'Confirmada',
    'No se presentó',
    'Llegó',
    'Pendiente',
    'Ausente',
    'Confirmé',
    'Absent',
    'Arrivé',
    'Confirmed/Confirmada',
  ])('%s is booked', async (w) => {
    expect(sent(await run([...BASE, status(w, 'Programada')]))).toEqual(booked());
  });
  it.each(['Cambiada', 'Cambio de cita', 'Pospuesta', 'En attente', 'Reporté au 29/03'])(
    '%s never goes booked',
    async (w) => {
      expect(obiNotBooked(await run([...BASE, status(w, 'Programada')]))).toBe(true);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// G. A reschedule written as two rows
// ---------------------------------------------------------------------------------------------
// CollaborateMD and Open Dental leave the old slot listed (`Rescheduled`, `Broken`) beside the new
// booking: the old must not stay booked, the new must go once.
describe('G. a reschedule written as two rows', () => {
  const head = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Provider';
  const hollis = '03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Dr. Nina Patel';
  const old = '03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee';
  const later = '03/29/2027,2:00 PM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee';
  const sameDay = '03/22/2027,3:00 PM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee';

  it.each(['Rescheduled', 'Moved', 'R/S', 'Bumped', 'Reprogramada'])(
    'without appointment ids: the old slot (%s) goes cancelled, the new one booked once',
    async (word) => {
      for (const newer of [later, sameDay]) {
        const r = await collect(
          files.write([`${head},Status`, `${hollis},Scheduled`, `${old},${word}`, `${newer},Scheduled`]),
          opts,
        );
        expect(r.summary.doubts).toEqual([]);
        const obi = r.appointments.filter((a) => a.patient.lastName === 'Obi');
        expect(obi.map((a) => a.status)).toEqual(['CANCEL', 'NEW']);
        expect(obi[0]!.appointmentId).not.toBe(obi[1]!.appointmentId);
      }
    },
  );

  it('under one appointment id, the two rows are asked about, never sent as booked and cancelled', async () => {
    const r = await collect(
      files.write([
        `${head},Appt ID,Status`,
        `${hollis},88101,Scheduled`,
        `${old},88102,Rescheduled`,
        `${later},88102,Scheduled`,
      ]),
      opts,
    );
    expect(held(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// H. Flags and a second status-like column beside the status
// ---------------------------------------------------------------------------------------------
describe('H. flags and a second status-like column', () => {
  it.each([
    ['Cancelled', 'Y', 'N'],
    ['Cancelled?', 'TRUE', 'FALSE'],
    ['Cancel Flag', '1', '0'],
    ['Is Cancelled', 'Yes', 'No'],
    ['Active', 'N', 'Y'],
    ['Is Active', '0', '1'],
    ['Rescheduled', 'Y', 'N'],
    ['Bumped', 'Y', 'N'],
    ['Removed', '1', '0'],
  ])('%s = %s beside Status = Scheduled never goes booked', async (h, yes, no) => {
    expect(obiNotBooked(await run([...BASE, status('Scheduled'), col(h, yes, no)]))).toBe(true);
  });

  it.each([
    ['Deleted', 'Y', 'N'],
    ['Is Deleted', '1', '0'],
  ])('a soft delete %s = %s cancels the row (a deleted record keeps its old status)', async (h, yes, no) => {
    expect(sent(await run([...BASE, status('Scheduled'), col(h, yes, no)]))).toEqual(booked('CANCEL'));
  });

  it.each([
    ['No Show', 'Y', 'N'],
    ['Kept', 'N', 'Y'],
    ['Show', '0', '1'],
  ])('%s = %s: a missed visit stays booked (never cancelled)', async (h, v, others) => {
    const a = sent(await run([...BASE, status('Scheduled'), col(h, v, others)]));
    if (a) expect(a).toEqual(booked());
  });

  it.each([
    ['No Show', 'X', ''],
    ['Kept', '', 'X'],
    ['Ins Verified', 'X', 'X'],
  ])("a checkbox's X (%s) is no status: the file goes as booked", async (h, v, others) => {
    expect(sent(await run([...BASE, status('Scheduled'), col(h, v, others)]))).toEqual(booked());
  });

  // Fixed in this round: a move word (the status list cancels the old slot on it) as the whole
  // value of a column that is no free text.
  const moves = ['Rescheduled', 'Moved', 'R/S', 'Bumped', 'Resched', 'Cancelled', 'Deleted'];
  for (const header of [
    'Sched Status',
    'Encounter Status',
    'Flow Status',
    'Outcome',
    'Disposition',
    'Appt Flag',
  ])
    it.each(moves)(`${header} = %s beside Status = Scheduled holds the file`, async (w) => {
      expect(held(await run([...BASE, status('Scheduled'), col(header, w, 'Scheduled')]))).toBe(true);
    });

  // A reminder service's or a confirmation call's answer that the patient turned the visit down
  // or asked to move it (Weave, Solutionreach, Open Dental's confirmation list).
  for (const header of ['Confirmation', 'Confirmation Status', 'Text Reply', 'Patient Response'])
    it.each([
      'Declined',
      'Pt declined',
      'Reschedule Requested',
      'Needs Reschedule',
      'Rescheduled',
      'Pt Cancelled',
    ])(`${header} = %s beside Status = Scheduled holds the file`, async (w) => {
      expect(held(await run([...BASE, status('Scheduled'), col(header, w, 'Confirmed')]))).toBe(true);
    });

  it.each([
    ['Outcome', 'Completed'],
    ['Sched Status', 'Confirmed'],
    ['Confirmation', 'Left Message'],
    ['Text Reply', 'C'],
    ['Disposition', 'Seen'],
    ['Notes', 'Rescheduled'],
  ])('%s = %s holds nothing: the file goes as booked', async (h, v) => {
    expect(sent(await run([...BASE, status('Scheduled'), col(h, v, v)]))).toEqual(booked());
  });

  it('two status columns that disagree on a cancellation are asked', async () => {
    for (const [a, b] of [
      ['Appt Status', 'Visit Status'],
      ['Status', 'Confirmation Status'],
    ]) {
      const r = await run([
        ...BASE,
        [a!, ['Scheduled', 'Scheduled', 'Scheduled']],
        [b!, ['Scheduled', 'Cancelled', 'Scheduled']],
      ]);
      expect(held(r), `${a} / ${b}`).toBe(true);
    }
  });

  it('confirmed once as booked, an Outcome of Rescheduled lets the file go', async () => {
    const cols: Cols = [...BASE, status('Scheduled'), col('Outcome', 'Rescheduled', 'Kept')];
    const first = files.write(lines(cols));
    const r = await collect(first, opts);
    expect(r.summary.doubts).toMatchObject([{ column: 'Outcome', samples: ['Rescheduled'] }]);
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        patientId: 'Patient ID',
        patientName: 'Patient',
        dob: 'DOB',
        date: 'Appt Date',
        time: 'Appt Time',
        providerName: 'Provider',
        status: 'Status',
      },
      cols.map(([h]) => h),
    );
    await answerOn(profile, first, { ...opts, profile });
    expect(sent(await run(cols, profile))).toEqual(booked());
  });
});
