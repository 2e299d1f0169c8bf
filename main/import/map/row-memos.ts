// Per-file caches of the row mapper (map-row.ts): a schedule repeats a handful of status words and
// providers on every row, so each is classified or split once per file, not once per row.
import { movedFromEnd, saysMoved } from './move-words.ts';
import { ownString } from '../own-string.ts';
import { providerDisplayName } from './names.ts';
import { parseProviderName, providerIdOf } from './provider-name.ts';
import type { ProviderOrders } from './provider-forms.ts';
import { providerCode } from './provider-labels.ts';
import { namesTwoProviders } from './provider-pair.ts';
import type { MappingProfile } from './profile.ts';
import { skipKind } from './skip-kind.ts';
import { statusWordMeaning, type StatusMeaning } from './status-vocabulary.ts';
import type { SkipKind } from './status-words.ts';
import { clip } from './row-problem.ts';

/** What a status word means, and for a skip word what the row is instead (skip-kind.ts). */
export interface StatusWordSense {
  meaning: StatusMeaning | 'unknown';
  skipKind?: SkipKind;
  /** A built-in word that cancels because it says "moved" (move-words.ts); a practice's own
   *  answer for the word is never marked. */
  moved?: true;
  /** A built-in word that books the row because it says where the visit was moved from
   *  (`Rescheduled from 3/15`): the row must be another slot than that (move-words.ts). */
  movedFrom?: true;
  /** The practice's own list or the file's legend gave the meaning, not the built-in words. */
  said?: true;
}

/** The profile's status classifier, each word classified once (at most 1000 words kept).
 *  `legend`: codes the file's own legend explains (legend-statuses.ts), each read as its meaning. */
export function memoizedStatusClassifier(
  vocabulary: MappingProfile['status'],
  legend?: ReadonlyMap<string, string>,
): (word: string) => StatusWordSense {
  const read = statusWordMeaning(vocabulary);
  // A schedule repeats a handful of status words on every row: each is classified once.
  const senses = new Map<string, StatusWordSense>();
  return (word: string): StatusWordSense => {
    let m = senses.get(word);
    if (m === undefined) {
      const said = legend?.get(word.trim()) ?? word;
      const { meaning, own } = read(said);
      m =
        meaning === 'skip'
          ? { meaning, skipKind: skipKind(said, own) }
          : meaning === 'CANCEL' && !own && saysMoved(said)
            ? { meaning, moved: true }
            : meaning === 'NEW' && !own && movedFromEnd(said) !== undefined
              ? { meaning, movedFrom: true }
              : { meaning };
      if (own || said !== word) m.said = true;
      if (senses.size < 1000) senses.set(ownString(word), m);
    }
    return m;
  };
}

/** A provider name as shown on the portal and the provider's id, each raw name derived once;
 *  `two` when the cell names two people (provider-pair.ts). */
export interface CachedProvider {
  display: string;
  id: string;
  two: boolean;
  /** `DO` of `DAVID HALL DO`: a credential or a family name, not decided (provider-name.ts). */
  nameOrCredential?: string;
  /** The credentials the name carries (compared by provider-forms.ts). */
  credentials: string[];
  /** An HL7 person's carets no name is read from (caret-names.ts). */
  unreadCarets?: true;
}

/** `orders`: the name orders the file's sample proves, used when the mapping's order is auto. */
export function providerNameCache(
  profile: MappingProfile,
  orders?: ProviderOrders,
): (raw: string) => CachedProvider {
  // A schedule has few providers and many rows: split and derive each provider name once.
  const providers = new Map<string, CachedProvider>();
  const mapped = profile.providerNameOrder ?? 'auto';
  return (raw: string): CachedProvider => {
    let p = providers.get(raw);
    if (!p) {
      let order = mapped;
      let parsed = parseProviderName(raw, order);
      const proven = order === 'auto' && orders ? orders.orderOf(raw, parsed) : 'first-last';
      if (proven === 'last-first') parsed = parseProviderName(raw, (order = 'last-first'));
      p = {
        two: namesTwoProviders(raw),
        ...(parsed.nameOrCredential ? { nameOrCredential: parsed.nameOrCredential } : {}),
        ...(parsed.unreadCarets ? { unreadCarets: true as const } : {}),
        credentials: parsed.credentials,
        // A code (`JRW`, `DDS1`: provider-labels.ts) as written, never cased as a name.
        display: providerCode(raw)
          ? raw.trim()
          : clip(providerDisplayName(raw, order, profile.providerCredential ?? 'after'), 100),
        // An id written into the name ("Dr Lee [1187]"), else one made from the name's parts.
        id: providerIdOf(parsed, raw),
      };
      if (providers.size < 10_000) providers.set(ownString(raw), p);
    }
    return p;
  };
}
