// A one-column name in DICOM's and HL7 v2's caret form (family^given^middle^prefix^suffix), as a
// PACS or RIS worklist shows it: read as `Family, Given Middle`. Before, a worklist of such names
// was held with the patient-name column in doubt (values fit 0%: corpus 300). Values by hand.
import { describe, expect, it } from 'vitest';
import { fromCaretName } from '../../../main/import/map/caret-names.ts';
import { looksLikeLastFirst, splitName, withNameComma } from '../../../main/import/map/names.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('caret-names');

describe('fromCaretName', () => {
  it.each([
    ['HOLLOWAY^MARGARET^A', 'HOLLOWAY, MARGARET A'],
    ['OKAFOR^EMEKA', 'OKAFOR, EMEKA'],
    ['OKAFOR^EMEKA^^', 'OKAFOR, EMEKA'],
    ["O'BANNON^PATRICK^J^MR^JR", "O'BANNON, PATRICK J"],
    ['SCHROEDER-DIAZ^ANA', 'SCHROEDER-DIAZ, ANA'],
    ['de la Cruz^María José', 'de la Cruz, María José'],
    // the alphabetic group of a name written in other scripts too
    ['Yamada^Tarou=山田^太郎=やまだ^たろう', 'Yamada, Tarou'],
    // not a caret name: as it is
    ['Holloway, Margaret', 'Holloway, Margaret'],
    ['^MARGARET', '^MARGARET'],
    ['HOLLOWAY^', 'HOLLOWAY^'],
    ['5^3', '5^3'],
    ['A^B^C^D^E^F', 'A^B^C^D^E^F'],
  ])('%s → %s', (raw, read) => {
    expect(fromCaretName(raw)).toBe(read);
  });

  it('is split as family, given and middle', () => {
    expect(looksLikeLastFirst('HOLLOWAY^MARGARET^A')).toBe(true);
    expect(splitName(withNameComma("O'BANNON^PATRICK^J"))).toMatchObject({
      first: 'Patrick',
      last: "O'Bannon",
    });
  });

  it('a worklist of caret names is read with no question about the name column', async () => {
    const r = await collect(
      files.write([
        'Patient Name,Patient ID,Birth Date,Accession Number,Appt Date,Appt Time,Modality,Status',
        'HOLLOWAY^MARGARET^A,RS100482,04/19/1958,A27110501,11/05/2027,07:30 AM,MR,Completed',
        'VANCE^LOIS^J,RS101290,01/25/1949,A27110504,11/05/2027,10:00 AM,US,Cancelled',
        "O'BANNON^PATRICK^J,RS100921,12/12/1970,A27110801,11/08/2027,07:00 AM,MR,Scheduled",
      ]),
      { timeZone: 'America/Indiana/Indianapolis' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Indianapolis: 5 November 2027 EDT (UTC-4), 8 November EST (UTC-5).
    expect(
      r.appointments.map((a) => [a.patient.firstName, a.patient.lastName, a.start.toISOString(), a.status]),
    ).toEqual([
      ['Margaret', 'Holloway', '2027-11-05T11:30:00.000Z', 'NEW'],
      ['Lois', 'Vance', '2027-11-05T14:00:00.000Z', 'CANCEL'],
      ['Patrick', "O'Bannon", '2027-11-08T12:00:00.000Z', 'NEW'],
    ]);
  });
});
