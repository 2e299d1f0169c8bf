// The colour of a string's text written run by run (`<r><rPr><color rgb="FFFF0000"/></rPr>`,
// ECMA-376 Part 1 §18.4.4): what Excel writes when a person colours the text while typing in the
// cell rather than the cell itself. A string whose every run with text is in one colour shows in
// that colour, as a cell style's font colour would (xlsx-fills.ts fontColour); read while the
// shared strings are scanned, as the struck runs are (xlsx-struck.ts).
import { inkColour } from './row-colours.ts';
import { colourFrom } from './xlsx-fills.ts';

export class InkRuns {
  private runInk: string | undefined;
  private inInk: string | undefined;
  private inks = new Set<string | undefined>();

  constructor(private readonly theme: readonly string[]) {}

  item(): void {
    this.runInk = this.inInk = undefined;
    this.inks.clear();
  }

  open(name: string, parent: string, attr: (name: string) => string | undefined): void {
    if (name === 'r') this.runInk = undefined;
    else if (name === 'color' && parent === 'rPr') this.runInk = inkColour(colourFrom(attr, this.theme));
  }

  text(inRun: boolean): void {
    this.inInk = inRun ? this.runInk : undefined;
  }

  piece(piece: string): void {
    if (/\S/.test(piece)) this.inks.add(this.inInk);
  }

  /** The one colour all of the item's text is in, if it has one other than the usual. */
  get ink(): string | undefined {
    return this.inks.size === 1 ? [...this.inks][0] : undefined;
  }
}
