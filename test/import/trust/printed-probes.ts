// Printed reports saved to a text file (red teams 59b, 59r1): Hollis, Obi and Lindqvist as a
// schedule printed by a host program (426's and 425's hazards): printf columns under rules, day
// lines with a two-digit year under the period the title states. 22 March 2027 is a Monday.
export const ROWS = {
  hollis: ['9:00A', 'HOLLIS, GRACE', '100415', '06/02/1970'],
  obi: ['10:00A', 'OBI, ADAEZE', '100871', '04/05/1999'],
  lindqvist: ['1:30P', 'LINDQVIST, SVEN', '100954', '08/29/1963'],
};
/** printf `%-7s %-22s %-8s %-10s %s`: pads, never cuts (a longer value pushes the rest right). */
export const printed = (cells: string[]): string =>
  `${cells[0]!.padEnd(7)} ${cells[1]!.padEnd(22)} ${cells[2]!.padEnd(8)} ${cells[3]!.padEnd(10)} ${cells[4] ?? ''}`.trimEnd();
/** The report over `body`: its title states `range`, printed at `run`. */
export const report = (range: string, body: string[], run = '03/19/27 16:52'): string =>
  [
    'GREEN VALLEY FAMILY CLINIC                    APPOINTMENT SCHEDULE         PAGE   1',
    `RUN ${run}                            ${range}`.trimEnd(),
    '',
    printed(['TIME', 'PATIENT', 'CHART', 'BIRTHDATE', 'STATUS']),
    printed(['=======', '='.repeat(22), '='.repeat(8), '='.repeat(10), '======']),
    ...body,
    '',
    '        REPORT TOTAL: 3',
    '',
  ].join('\n');
export const three = (
  days: [string, string],
  status: [string, string, string] = ['CONF', 'CONF', 'CONF'],
): string[] => [
  days[0],
  printed([...ROWS.hollis, status[0]]),
  printed([...ROWS.obi, status[1]]),
  days[1],
  printed([...ROWS.lindqvist, status[2]]),
];
export const RANGE = '03/22/27 THRU 03/23/27';
export const DAYS: [string, string] = ['MON 03/22/27', 'TUE 03/23/27'];
