// More of a provider header's role words (provider-role.test.ts has the patient's own provider):
// the referring provider written short (`Ref Prov`, `Ref Doc`), people's names under a provider id
// header. Expected providers worked out by hand from the rows below.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('provider-role-words');
const ny = { timeZone: 'America/New_York' };

/** A day list with the provider columns `headers`, each row holding `cells` for them. */
const dayList = (headers: string, ...cells: string[]): string[] => [
  `Patient ID,Last Name,First Name,DOB,Date,Time,${headers},Status`,
  `1001,Smith,John,01/02/1970,03/15/2027,9:00 AM,${cells[0]},Scheduled`,
  `1002,Okafor,James,11/02/1979,03/15/2027,10:00 AM,${cells[1]},Scheduled`,
];

const sent = (r: Awaited<ReturnType<typeof collect>>): string[][] =>
  r.appointments.map((a) => [a.participant.identifier, a.participant.providerName]);

describe('the referring provider written short is never the appointment provider', () => {
  it.each([
    'Ref Prov',
    'RefProv',
    'Ref Doc',
    'Ref. Prov.',
    'Ref Phys',
    'Ref Prov ID',
    'Ref Prov NPI',
    'REF_PROV_ID',
  ])("'%s' beside 'Provider': the Provider column is sent", async (header) => {
    const r = await collect(
      files.write(dayList(`${header},Provider`, '"Patel, Nina","Lee, Anna"', '"Patel, Nina","Walsh, Tom"')),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(sent(r)).toEqual([
      ['lee-anna', 'Anna Lee'],
      ['walsh-tom', 'Tom Walsh'],
    ]);
  });

  it.each(['Ref Prov', 'Ref Doc', 'Ref Prov NPI'])(
    "'%s' alone: the appointments go as Unassigned provider",
    async (header) => {
      const r = await collect(files.write(dayList(header, '1234567893', '1234567893')), ny);
      expect(sent(r)).toEqual([
        ['unassigned', 'Unassigned provider'],
        ['unassigned', 'Unassigned provider'],
      ]);
    },
  );
});

describe("people's names under a provider id header are the provider's name, never an id", () => {
  it("'Provider ID' of names alone goes as the name", async () => {
    const r = await collect(files.write(dayList('Provider ID', '"Lee, Anna"', '"Walsh, Tom"')), ny);
    expect(sent(r)).toEqual([
      ['lee-anna', 'Anna Lee'],
      ['walsh-tom', 'Tom Walsh'],
    ]);
  });

  // Two columns that each name the provider and name other people on the same rows: one of them
  // is not the appointment's provider, and the header's `ID` does not say which.
  it.each(['Doctor ID,Doctor', 'Doctor,Doctor ID', 'Provider ID,Provider'])(
    "'%s' naming other people on the same rows: held, asking which is the provider",
    async (headers) => {
      const r = await collect(
        files.write(dayList(headers, '"Patel, Nina","Lee, Anna"', '"Patel, Nina","Walsh, Tom"')),
        ny,
      );
      expect(r.summary.doubts.map((d) => d.field)).toEqual(['providerName']);
      expect(r.summary.doubts[0]!.message).toContain('two columns could be the provider');
    },
  );

  it("'Provider' beside 'Doctor' naming the same people written otherwise: one provider, no question", async () => {
    const r = await collect(
      files.write(dayList('Provider,Doctor', '"Dr. Anna Lee","Lee, Anna"', '"Tom Walsh MD","Walsh, Tom"')),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });

  it("'Doctor ID' of names naming the same people as 'Doctor', written otherwise: Doctor, no question", async () => {
    const r = await collect(
      files.write(dayList('Doctor ID,Doctor', '"Lee, Anna","Dr. Anna Lee"', '"Walsh, Tom","Tom Walsh MD"')),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    // Ids made from the names' parts, family name first, title and credential apart.
    expect(sent(r).map(([id]) => id)).toEqual(['lee-anna', 'walsh-tom']);
  });
});

describe("the patient named before the provider word: the patient's own provider", () => {
  it.each([
    "Patient's Provider",
    'Patient Provider',
    'Pt Provider',
    'Pat Prov',
    'Patient Doctor',
    'Patient Physician',
    'Patient Dentist',
    'Patient GP',
  ])("'%s' beside 'Resource': the Resource is sent", async (header) => {
    const r = await collect(
      files.write(dayList(`"${header}",Resource`, '"Patel, Nina","Lee, Anna"', '"Patel, Nina","Walsh, Tom"')),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(sent(r)).toEqual([
      ['lee-anna', 'Anna Lee'],
      ['walsh-tom', 'Tom Walsh'],
    ]);
  });

  it("'Pt Provider' alone: the appointments go as Unassigned provider", async () => {
    const r = await collect(files.write(dayList('Pt Provider', '"Patel, Nina"', '"Patel, Nina"')), ny);
    expect(sent(r)).toEqual([
      ['unassigned', 'Unassigned provider'],
      ['unassigned', 'Unassigned provider'],
    ]);
  });

  // Therapy practices (SimplePractice, TherapyNotes) call the patient the client; a client has a
  // primary clinician of their own, and the session's is the `Clinician` column.
  it.each(["Client's Clinician", 'Client Therapist', 'Clients Therapist', 'Client Provider'])(
    "'%s' beside 'Clinician': the Clinician is sent, without a question",
    async (header) => {
      const r = await collect(
        files.write(
          dayList(`"${header}",Clinician`, '"Patel, Nina","Lee, Anna"', '"Patel, Nina","Walsh, Tom"'),
        ),
        ny,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(sent(r)).toEqual([
        ['lee-anna', 'Anna Lee'],
        ['walsh-tom', 'Tom Walsh'],
      ]);
    },
  );

  it.each(["Client's Clinician", 'Client Therapist'])(
    "'%s' alone: the appointments go as Unassigned provider",
    async (header) => {
      const r = await collect(files.write(dayList(`"${header}"`, '"Patel, Nina"', '"Lee, Anna"')), ny);
      expect(sent(r)).toEqual([
        ['unassigned', 'Unassigned provider'],
        ['unassigned', 'Unassigned provider'],
      ]);
    },
  );

  it("'Pt Seen By' is who saw the patient: the provider", async () => {
    const r = await collect(files.write(dayList('Pt Seen By', '"Lee, Anna"', '"Walsh, Tom"')), ny);
    expect(sent(r)).toEqual([
      ['lee-anna', 'Anna Lee'],
      ['walsh-tom', 'Tom Walsh'],
    ]);
  });
});

describe('the provider of the service is the appointment provider', () => {
  it.each(['Service Provider', 'Svc Provider', 'Srv Provider', 'Svc Prov', 'Srv Prov'])(
    "'%s' of names is sent as the provider",
    async (header) => {
      const r = await collect(files.write(dayList(header, '"Lee, Anna"', '"Walsh, Tom"')), ny);
      expect(r.summary.doubts).toEqual([]);
      expect(sent(r)).toEqual([
        ['lee-anna', 'Anna Lee'],
        ['walsh-tom', 'Tom Walsh'],
      ]);
    },
  );
});

describe('the provider booked for the appointment goes without a question', () => {
  it.each(['Booked Provider', 'Profesional asignado', 'Médico asignado', 'Zugewiesener Arzt'])(
    "'%s' of names",
    async (header) => {
      const r = await collect(files.write(dayList(header, '"Lee, Anna"', '"Walsh, Tom"')), ny);
      expect(r.summary.doubts).toEqual([]);
      expect(sent(r)).toEqual([
        ['lee-anna', 'Anna Lee'],
        ['walsh-tom', 'Tom Walsh'],
      ]);
    },
  );

  it("'Booked By' is still whoever booked it, never the provider", async () => {
    const r = await collect(files.write(dayList('Booked By', '"Lee, Anna"', '"Walsh, Tom"')), ny);
    expect(sent(r)).toEqual([
      ['unassigned', 'Unassigned provider'],
      ['unassigned', 'Unassigned provider'],
    ]);
  });

  // The provider responsible for the patient's care in some systems, the appointment's in
  // others: still asked, and the question quotes the header's word, not a concept of it.
  it("'Responsible Provider' alone is asked, quoting 'responsible'", async () => {
    const r = await collect(files.write(dayList('Responsible Provider', '"Lee, Anna"', '"Walsh, Tom"')), ny);
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', column: 'Responsible Provider' }]);
    expect(r.summary.doubts[0]!.message).toBe(
      "not sure that this column is the provider the appointment is with: 'responsible' may make it another role's, such as the patient's usual provider",
    );
  });
});
