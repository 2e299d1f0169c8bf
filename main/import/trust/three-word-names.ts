// One-column names of three words or more without a comma, whole words between the first and the
// last (`Smith Mary Ann`: Mary Ann Smith, or Smith with the given names Mary and Ann), and what
// proves their order: the same person written with a comma elsewhere in the file (`Reyes, John A`
// beside `John Allen Reyes`: Reyes is the family name there, John the given name). Those the file
// does not prove are person-audit.ts's question. Names are kept only to be compared, never shown.

/** Comma names and three-word names remembered at most: past it a name proves nothing (asked). */
const LIMIT = 20_000;

/** The family name and the first given word, lower case: one person however the rest is written. */
function personOf(first: string, last: string): string {
  const f = first.toLowerCase();
  const space = f.indexOf(' ');
  return `${last.toLowerCase()}|${space < 0 ? f : f.slice(0, space)}`;
}

export class ThreeWordNames {
  private readonly commaPeople = new Set<string>();
  private readonly read: Array<{ line: number; person: string }> = [];
  /** Three-word names past the limit, unproven. */
  private over = { first: 0, count: 0 };
  /** All three-word names noted. */
  count = 0;

  /** A name written `Last, First` (as split and cased). */
  comma(first: string, last: string): void {
    if (this.commaPeople.size < LIMIT) this.commaPeople.add(personOf(first, last));
  }

  /** A three-word name, as read first name first. */
  note(line: number, first: string, last: string): void {
    this.count++;
    if (this.read.length < LIMIT) this.read.push({ line, person: personOf(first, last) });
    else {
      this.over.first ||= line;
      this.over.count++;
    }
  }

  /** The three-word names no comma name of the file proves: the first line (0 for none) and how
   *  many. */
  unproven(): { first: number; count: number } {
    let first = 0;
    let count = this.over.count;
    for (const n of this.read)
      if (!this.commaPeople.has(n.person)) {
        first ||= n.line;
        count++;
      }
    return { first: first || this.over.first, count };
  }
}
