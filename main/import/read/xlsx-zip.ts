// The parts of an Office Open XML package (an .xlsx or .xlsm workbook is a zip of XML files),
// unzipped one at a time with fflate: a zip's deflate is not code to write ourselves, and fflate is
// small, has no dependencies and is pure JavaScript (it bundles into the CLI and the desktop app).
//
// Zip bombs: a part is inflated into a buffer of the size the zip's directory declares, and the
// declared sizes of the parts read may add up to MAX_UNZIPPED_BYTES at most, so a small file
// that would inflate to gigabytes is refused before anything is inflated.
import { unzipSync } from 'fflate';

/** The most the parts of one workbook may hold unzipped. The sheets and shared strings are read
 *  by a scanner (xlsx-sheet-xml.ts), but a sheet's rows are held whole (merged cells and the
 *  choice of sheet need them): `detect` of 100,000 rows of 9 columns (34 MB of sheet XML) peaks
 *  at 255 MB, and with every name a shared string of its own (40 MB unzipped) at 280 MB (measured
 *  with /usr/bin/time, test/bench/README.md "Excel workbooks"), so 40 MB keeps the largest
 *  workbook accepted under about 300 MB. A larger schedule is saved as CSV, read as a stream. */
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;

/** Thrown when a part cannot be read: `reason` in plain words. */
export class ZipPartError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class ZipParts {
  /** Part name → its declared unzipped size. */
  readonly sizes = new Map<string, number>();
  private budget = MAX_UNZIPPED_BYTES;

  constructor(private readonly bytes: Uint8Array) {
    this.unzip((name, size) => {
      this.sizes.set(name, size);
      return false;
    });
  }

  has(name: string): boolean {
    return this.sizes.has(name);
  }

  /** A part's text (XML parts are UTF-8, or UTF-16 with a byte-order mark), or undefined. */
  text(name: string): string | undefined {
    const size = this.sizes.get(name);
    if (size === undefined) return undefined;
    if (size > this.budget)
      throw new ZipPartError(
        `it would unzip to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB (its part ${name} alone is ${(size / 1024 / 1024).toFixed(1)} MB): the connector reads workbooks up to that size`,
      );
    this.budget -= size;
    const part = this.unzip((n) => n === name)[name];
    if (!part) return undefined;
    const utf16 = part[0] === 0xff && part[1] === 0xfe;
    return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(part);
  }

  private unzip(want: (name: string, size: number) => boolean) {
    try {
      return unzipSync(this.bytes, { filter: (f) => want(f.name, f.originalSize) });
    } catch (e) {
      throw new ZipPartError(
        `the zip cannot be unpacked (${(e as Error).message}): the file is damaged or cut short`,
      );
    }
  }
}
