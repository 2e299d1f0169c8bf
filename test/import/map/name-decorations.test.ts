// What a front desk types into a patient's name besides the name: a flag in any case (`EVANS, ED
// ALERT`, `Cole, Cy Self Pay`), a mark no name is written with (`Dunn, Di ~`). Such a row is
// refused, never sent misnamed; real names with their own marks (`Gal·la`, `Smith-Jones`, `O’Brien`)
// go. Expected names worked out by hand.
import { collect } from '../convert/support.ts';
import { tempDir } from '../read/read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const HEAD = 'Date,Time,Patient,DOB,Provider';
const PLAIN = ['Smith, John', 'Jones, Mary', 'Brown, Anna', 'Taylor, Paul', 'Wilson, Ruth', 'Evans, Mark'];

/** One decorated name among plain ones (so the column is surely the patient's), line 2. */
async function convert(name: string) {
  const rows = [name, ...PLAIN].map(
    (n, i) => `03/02/2027,${9 + i}:00,"${n.replace(/"/g, '""')}",04/05/198${i},Dr Ng`,
  );
  const r = await collect(t.write('names.csv', [HEAD, ...rows].join('\r\n')), {
    timeZone: 'America/New_York',
  });
  const first = r.appointments.find(
    (a) => a.patient.lastName !== 'Smith' && !PLAIN.some((p) => p.startsWith(a.patient.lastName)),
  );
  return { r, sent: first ? `${first.patient.firstName} ${first.patient.lastName}` : undefined };
}

describe('a name with a flag or a mark in it', () => {
  it.each([
    'EVANS, ED ALERT',
    'Cole, Cy Self Pay',
    'COLE, CY SELF-PAY',
    'Moss, Mike VIP',
    'MOSS, MIKE VIP',
    'Page, Pam DNR',
    'Adams, Al COLLECTIONS',
    'Dunn, Di ~',
    'Gray, Gil $',
    'Ruiz, Ana †',
  ])('%s is refused as more than a name', async (name) => {
    const { r, sent } = await convert(name);
    expect(sent).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, column: 'Patient', value: name });
    expect(r.errors[0]!.message).toBe("the patient's name has more than a name in it");
    expect(r.appointments).toHaveLength(PLAIN.length);
  });

  it.each([
    ['Puig, Gal·la', 'Gal·la Puig'],
    ['Smith-Jones, Mary', 'Mary Smith-Jones'],
    ['O’Brien, Seán', 'Seán O’Brien'],
    ['Vipond, Alan', 'Alan Vipond'],
    ['Alertson, Kay', 'Kay Alertson'],
    ['Cash, June', 'June Cash'],
    ['Moss, Mike [VIP]', 'Mike Moss'],
  ])('%s goes as %s', async (name, expected) => {
    const { r, sent } = await convert(name);
    expect(r.errors).toEqual([]);
    expect(sent).toBe(expected);
  });
});
