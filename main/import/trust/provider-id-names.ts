// One provider id, one provider. The portal knows a provider by the id alone: an id column that
// gives `LEE` to `Lee, Anna` on one row and to `Lee, David` on another (a short code made from the
// family name, a specialty or a department code printed under `Provider ID`) would send two
// doctors as one participant, one of them under the other's name. The same person written two
// ways (`Lee, Anna` and `Dr. Anna Lee MD`, `Lee, A`) is one provider and does not count.
import type { Doubt } from '../../model/doubt.ts';
import { parseProviderName } from '../map/provider-name.ts';
import { ownString } from '../own-string.ts';
import { ID_TRACK_LIMIT } from './id-column.ts';
import { sharedValueSubject } from './answered-checks.ts';

interface Named {
  raw: string;
  last: string;
  first: string;
  line: number;
}

const fold = (v: string): string =>
  v
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

function named(raw: string, line: number): Named {
  const p = parseProviderName(raw);
  return { raw: ownString(raw), last: fold(p.last), first: fold(p.first), line };
}

/** Whether two names may be one person: the same family name, and given names of which one is
 *  the other or begins it (`A` and `Anna`), or missing. A name with no family name read is
 *  compared as written. */
function mayBeOne(a: Named, b: Named): boolean {
  if (!a.last || !b.last) return fold(a.raw) === fold(b.raw);
  if (a.last !== b.last) return false;
  return !a.first || !b.first || a.first.startsWith(b.first) || b.first.startsWith(a.first);
}

export class ProviderIdNames {
  private readonly seen = new Map<string, Named>();
  /** The first id found naming two providers, with both names as written. */
  clash?: { id: string; first: Named; other: Named };

  see(id: string, name: string, line: number): void {
    if (this.clash || !id || !name) return;
    const first = this.seen.get(id);
    if (first === undefined) {
      if (this.seen.size < ID_TRACK_LIMIT) this.seen.set(ownString(id), named(name, line));
      return;
    }
    if (first.raw === name) return;
    const other = named(name, line);
    if (!mayBeOne(first, other)) this.clash = { id: ownString(id), first, other };
  }

  /** The hold, naming the column, the id, both names and their lines. */
  doubt(column: string): Doubt | undefined {
    const c = this.clash;
    if (!c) return undefined;
    return {
      check: 'provider-id-shared',
      kind: 'column',
      field: 'providerId',
      column,
      // Accepted for this id given to these two: a later file giving an id to two others is asked.
      subjects: [sharedValueSubject(c.id, [fold(c.first.raw), fold(c.other.raw)])],
      message: `the provider id '${c.id}' is given to '${c.first.raw}' (line ${c.first.line}) and to '${c.other.raw}' (line ${c.other.line}): the portal knows a provider by the id, so they would be one provider, under one name`,
      samples: [c.id],
      question: `Is '${column}' each provider's own id? If not, which column is (or is there none: the providers' names then make their ids)?`,
    };
  }
}
