// One provider written several ways in one file, decided once per file from the first rows (the
// sample), never per row:
//
// - The order of a name without a comma. `LEE ANNA DDS` is Anna Lee when the file also writes her
//   `LEE, ANNA` (the comma says which word is the family name) and no other form writes her `LEE
//   ANNA` first name first; `ANNA LEE MD` beside `Lee, Anna` or `Dr. Anna Lee` is proven first
//   name first. Where nothing proves it, a name is first name first, as people write names and as
//   credentials after a name follow it (`SMITH JOHN MD` is John Smith's only with a comma: `SMITH,
//   JOHN MD`). No system is known to print `LAST FIRST MD` without the comma, so such files are not
//   held for it: holding every `ELENA VOSS MD` list for a possibility no source shows would stop the
//   sure files too.
// - One name shown per provider id: `Lee, Anna`, `Dr. Anna Lee` and `ANNA LEE MD` are one provider
//   (provider-name.ts providerIdOf), shown by the form the sample writes most often (ties: the one
//   seen first); a provider first seen after the sample by the first form seen. A form whose
//   credentials disagree (`Sam Ortiz, MD` beside `Sam Ortiz, PT, DPT`: two people of one name?)
//   keeps its own.
import { ownString } from '../own-string.ts';
import { norm } from './identity.ts';
import { parseProviderName, type ProviderName } from './provider-name.ts';

/** The name's words in the order written, lower case: `LEE ANNA M` → "lee anna m". */
const written = (...parts: Array<string | undefined>): string => norm(parts.filter(Boolean).join(' '));

/** The two readings of a cell tell its given and family name apart differently: no comma says which. */
function orderOpen(auto: ProviderName, lastFirst: ProviderName): boolean {
  return auto.first !== lastFirst.first || auto.last !== lastFirst.last;
}

/** How a provider cell without a comma is read. */
export type ProviderOrder = 'first-last' | 'last-first';

/** The orders the file's sample proves (see the header), `order` being the mapping's. */
export class ProviderOrders {
  /** Names as written first name first by a form with a comma or a title. */
  private readonly firstLast = new Set<string>();
  /** Names as written family name first by a form with a comma. */
  private readonly familyFirst = new Set<string>();

  constructor(cells: readonly string[]) {
    for (const cell of new Set(cells)) {
      const auto = parseProviderName(cell, 'auto');
      if (!auto.first || !auto.last) continue;
      const commaSays = !orderOpen(auto, parseProviderName(cell, 'last-first'));
      if (!commaSays && !auto.title) continue;
      this.firstLast.add(written(auto.first, auto.middle, auto.last));
      if (commaSays) this.familyFirst.add(written(auto.last, auto.first, auto.middle));
    }
  }

  /** The order of `cell` (already parsed first name first as `auto`), in an `auto` mapping. */
  orderOf(cell: string, auto: ProviderName): ProviderOrder {
    if (!auto.first || !auto.last || !orderOpen(auto, parseProviderName(cell, 'last-first')))
      return 'first-last';
    const asWritten = written(auto.first, auto.middle, auto.last);
    if (this.firstLast.has(asWritten)) return 'first-last';
    return this.familyFirst.has(asWritten) ? 'last-first' : 'first-last';
  }
}

/** A provider as a row reads it: its id, the name shown and the credentials in that name. */
export interface ShownProvider {
  id: string;
  display: string;
  credentials: readonly string[];
}

/** Two lists of credentials that neither holds the other: maybe two people of one name. */
function disagree(a: readonly string[], b: readonly string[]): boolean {
  const within = (x: readonly string[], y: readonly string[]): boolean => x.every((c) => y.includes(c));
  return a.length > 0 && b.length > 0 && !within(a, b) && !within(b, a);
}

const SHOWN_LIMIT = 10_000;

/** One name shown per provider id (see the header). */
export class ProviderSpellings {
  private readonly shown = new Map<string, ShownProvider>();

  /** `sample`: the providers of the sample's rows, in order. */
  constructor(sample: readonly ShownProvider[]) {
    const counts = new Map<string, Map<string, { p: ShownProvider; n: number }>>();
    for (const p of sample) {
      let forms = counts.get(p.id);
      if (!forms) counts.set(p.id, (forms = new Map()));
      const f = forms.get(p.display);
      if (f) f.n++;
      else forms.set(p.display, { p, n: 1 });
    }
    for (const [id, forms] of counts) {
      let best: { p: ShownProvider; n: number } | undefined;
      // Insertion order is first seen: a later form wins only with more rows.
      for (const f of forms.values()) if (!best || f.n > best.n) best = f;
      this.shown.set(id, best!.p);
    }
  }

  /** The name to show for this row's provider. */
  nameOf(p: ShownProvider): string {
    const chosen = this.shown.get(p.id);
    if (!chosen) {
      if (this.shown.size < SHOWN_LIMIT) this.shown.set(ownString(p.id), p);
      return p.display;
    }
    return chosen.display === p.display || disagree(chosen.credentials, p.credentials)
      ? p.display
      : chosen.display;
  }
}
