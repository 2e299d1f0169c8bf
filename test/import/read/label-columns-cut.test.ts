// A printed report with no dashes (columns from the labels, printed-grid.ts): a value that fills
// its field up to one space before the next column may be cut, and one that runs into the next
// column's text is across two columns. Lines written here by hand.
import { printedGrid } from '../../../main/import/read/printed-grid.ts';
import { readPrintedLine } from '../../../main/import/read/printed-lines.ts';

// Patient is 20 wide, one space before Pat# (right-aligned: a 5-digit number starts at 29).
const LINES = [
  '  Time  Patient               Pat#  DOB         Status',
  ' 8:00a  Delacroix, Simone     4471  05/19/1983  Confirmed',
  ' 8:20a  Okonkwo, Chinedu     10988  07/07/1975  Arrived',
  ' 9:40a  Tanaka, Hiro         10412  03/30/2004  Confirmed',
];
const grid = printedGrid(LINES.join('\n'))!;

describe('a printed report with labels only', () => {
  it('reads its columns from the labels and the values under them', () => {
    expect(grid.ruled).toBe(false);
    expect(grid.columns.map((c) => [c.label, c.start])).toEqual([
      ['Time', 1],
      ['Patient', 8],
      ['Pat#', 29],
      ['DOB', 36],
      ['Status', 48],
    ]);
  });

  it('marks a value up to one space before the next column as possibly cut', () => {
    const read = readPrintedLine(' 8:40a  Vanderhoeven, Margue  3315  01/25/1962  Confirmed', grid);
    expect(read.cells[1]).toBe('Vanderhoeven, Margue');
    expect(read.cut).toEqual([1]);
  });

  it('marks nothing where the value ends two spaces or more before the next column', () => {
    expect(
      readPrintedLine(' 9:00a  Lopez, Ana            8820  12/14/1999  Cancelled', grid).cut,
    ).toBeUndefined();
    expect(readPrintedLine(LINES[1]!, grid).cut).toBeUndefined();
  });

  it('never splits a value run into the next one with one space: off the grid', () => {
    const read = readPrintedLine(' 9:20a  Featherstonehaugh, M 10236  11/02/1990  Confirmed', grid);
    expect(read.off?.value).toBe('Featherstonehaugh, M 10236');
    expect(read.off?.message).toContain("across the columns 'Patient' and 'Pat#'");
  });

  it('knows a right-aligned column by its values ending at one place (never cut at their end)', () => {
    // DOB's values are all ten wide: they end at one place too, as a fixed width's do.
    expect(grid.columns.filter((c) => c.right).map((c) => c.label)).toEqual(['Time', 'Pat#', 'DOB']);
  });
});
