// The row mapper's small shared pieces: the problem one row has (thrown inside the mapper, turned
// into an 'error' item, never stopping the file), and the clipping of free text to schema limits.
import type { RowError } from '../../model/row-error.ts';

export class RowProblem extends Error {
  constructor(readonly error: RowError) {
    super(error.message);
  }
}

/** Free text longer than the schema allows is shortened (it is display text); ids and names are not. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
