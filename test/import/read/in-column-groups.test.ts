// A provider printed once per group, alone in the table's own provider column, with that column
// blank on the rows under it (a TruBridge/CPSI clinic schedule by resource, layout 265): the rows
// take it; anything else alone in that column stays a heading that holds the file. Expected by hand.
import { inColumnProvider } from '../../../main/import/read/in-column-groups.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const HEADERS = ['RESOURCE', 'APPT DATE', 'APPT TIME', 'PATIENT NAME', 'STATUS'];
const alone = (text: string, at = 0): string[] => HEADERS.map((_, i) => (i === at ? text : ''));

describe('inColumnProvider', () => {
  it('takes a provider with a credential or a title written alone in the provider column', () => {
    expect(inColumnProvider(alone('HOLLIS, RAYMOND MD'), HEADERS)).toEqual({
      col: 0,
      value: 'HOLLIS, RAYMOND MD',
    });
    expect(inColumnProvider(alone('Dr Lee'), HEADERS)).toEqual({ col: 0, value: 'Dr Lee' });
  });

  it('leaves a heading, a cancellation, a bare name and a value in another column alone', () => {
    for (const text of [
      'Cancelled Appointments',
      'Waitlist',
      'North Clinic',
      'No Shows',
      'Lee, Anna',
      // an office, a town and its state, a practice, a suite: a name and a credential to the eye
      'Main Office - Rockville, MD',
      'Annapolis, MD',
      'Valley Medical Group, MD',
      'Suite 200, MD',
    ])
      expect(inColumnProvider(alone(text), HEADERS), text).toBeUndefined();
    // Under another header (columns moved by another writer): the table's only provider column.
    expect(inColumnProvider(alone('HOLLIS, RAYMOND MD', 4), HEADERS)).toEqual({
      col: 0,
      value: 'HOLLIS, RAYMOND MD',
    });
    // No provider column, or two: which one is not known.
    expect(inColumnProvider(['HOLLIS, RAYMOND MD', '', ''], ['ROOM', 'DATE', 'TIME'])).toBeUndefined();
    expect(
      inColumnProvider(['', '', 'HOLLIS, RAYMOND MD', ''], ['PROVIDER', 'DATE', 'TIME', 'DOCTOR']),
    ).toBeUndefined();
    // Two filled cells: no line of one value.
    expect(inColumnProvider(['HOLLIS, RAYMOND MD', '11/04/27', '', '', ''], HEADERS)).toBeUndefined();
  });
});

describe('a report grouped by provider in its own column', () => {
  it('gives each row its group provider and holds nothing', async () => {
    const file = t.write(
      'by-resource.csv',
      [
        'CLINIC APPOINTMENT SCHEDULE BY RESOURCE',
        'RESOURCE,APPT DATE,APPT TIME,PATIENT NAME,STATUS',
        '"HOLLIS, RAYMOND MD",,,,',
        ',11/04/27,0800,"MCNAIR,WILLIE J",COMPLETED',
        '"PRUETT, ANGELA FNP",,,,',
        ',11/05/27,1000,"O\'NEAL,KAYLEE",ARRIVED',
        '"PRUETT, ANGELA FNP",11/05/27,1415,"TERRELL,LATOYA",COMPLETED',
      ].join('\r\n') + '\r\n',
    );
    const { info, rows } = await readAll(file);
    expect(rows.map((r) => [r.line, r.record.RESOURCE])).toEqual([
      [4, 'HOLLIS, RAYMOND MD'],
      [6, 'PRUETT, ANGELA FNP'],
      [7, 'PRUETT, ANGELA FNP'],
    ]);
    expect(info.furnitureLines).toEqual([3, 5]);
    expect(info.headingLines).toBeUndefined();
  });

  it('holds a row that names another provider than its group line', async () => {
    const file = t.write(
      'by-resource-differs.csv',
      [
        'RESOURCE,APPT DATE,APPT TIME,PATIENT NAME,STATUS',
        '"HOLLIS, RAYMOND MD",,,,',
        '"PRUETT, ANGELA FNP",11/05/27,1415,"TERRELL,LATOYA",COMPLETED',
      ].join('\r\n') + '\r\n',
    );
    const { info } = await readAll(file);
    expect(info.headingLines?.map((h) => h.line)).toEqual([2]);
  });

  it('keeps a heading typed in the provider column a heading (held)', async () => {
    const file = t.write(
      'by-resource-heading.csv',
      [
        'RESOURCE,APPT DATE,APPT TIME,PATIENT NAME,STATUS',
        'Cancelled Appointments,,,,',
        ',11/05/27,1415,"TERRELL,LATOYA",',
      ].join('\r\n') + '\r\n',
    );
    const { info } = await readAll(file);
    expect(info.headingLines?.map((h) => h.line)).toEqual([2]);
  });
});
