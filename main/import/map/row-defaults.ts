// The descriptive fields of an appointment, each from its column or a default, since Medfusion
// requires them and many exports lack them (also in the README):
// Type → profile default, else 'APPOINTMENT'; Description → description column, else reason,
// else profile default, else the Type; Location → location column, else profile default, else
// the title's stated location (read/stated-filters.ts), else the practice name, else 'Main office';
// provider → id and name columns (one derives the other), else profile defaults, else the
// provider the report's title states, else 'unassigned' / 'Unassigned provider'. Free text is clipped to the
// schema's lengths; ids that are too long are row errors (an id is never shortened).
import type { Participant, PostalAddress } from '../../model/appointment.ts';
import type { MappingProfile } from './profile.ts';
import type { ColumnRefs } from './resolve-columns.ts';
import { namesBlockedTime } from './block-words.ts';
import { namesDose, namesOpenWindow } from './dose-words.ts';
import { placeAndState } from './us-zone-places.ts';
import { saysCancelled, typeSaysCancelled } from './cancel-mention.ts';
import { classifyOutsideStatus, mayBeCancelled, namesNoBookingYet } from './status-vocabulary.ts';
import type { TitleDefaults } from '../read/stated-filters.ts';
import type { FileAudit } from '../trust/file-audit.ts';
import type { RowCursor } from './row-cursor.ts';
import { providerNameCache } from './row-memos.ts';
import { clip } from './row-problem.ts';
import { namesARoom, providerNamesNoOne } from './room-values.ts';
import { providerIsTheWaitList } from './service-resources.ts';
import { locationCode } from './location-codes.ts';
import { siteWithoutCode } from './cell-codes.ts';
import { failOnSpreadsheetError } from './spreadsheet-errors.ts';
import { withoutFieldLabel } from './provider-name.ts';
import { memoized } from './parse-memo.ts';
import { ProviderOrders, ProviderSpellings, type ShownProvider } from './provider-forms.ts';
import { idShownAsName, loginsOnly } from './provider-labels.ts';
import type { TableRow } from '../read/table-types.ts';
import { namesLongVisit } from './long-visit-words.ts';
import { parseTime } from './parse-time.ts';
import { statesLength } from '../trust/session-hours.ts';

/** The provider id of an appointment whose provider nothing states (the portal's placeholder). */
export const UNASSIGNED_PROVIDER = 'unassigned';

export interface RowProvider {
  participant: Participant;
  /** The provider in the derived appointment id: the id column as written, else the name. */
  key: string;
}

export function providerReader(
  profile: MappingProfile,
  cursor: RowCursor,
  audit?: FileAudit,
  title: TitleDefaults = {},
  sample: readonly TableRow[] = [],
): () => RowProvider {
  const d = profile.defaults ?? {};
  // The title's provider stands in for a column the file does not have: every row's, as written.
  const { providerId: titleId, providerName: titleName } = title;
  const idCell = titleId !== undefined ? () => titleId : cursor.reader('providerId');
  const lastCell = titleName !== undefined ? () => titleName : cursor.reader('providerName');
  // The provider's first name in a column of its own goes before the name column's last name
  // (recognize.ts, pairProviderName): `Alan` and `Hart` are Alan Hart.
  const firstCell = titleName !== undefined ? () => '' : cursor.reader('providerFirstName');
  // A `NULL` in the provider cell is the record's own empty provider, never one printed once for
  // the rows above it (the audit's provider-gaps check): counted as filled in.
  const idWritten = titleId !== undefined ? () => titleId : cursor.written('providerId');
  const nameWritten = titleName !== undefined ? () => titleName : cursor.written('providerName');
  const nameCell = (): string => {
    const last = lastCell();
    const first = firstCell().trim();
    return first && last.trim() ? `${first} ${last.trim()}` : last;
  };
  const places = new Map<string, boolean>();
  const isPlace = (cell: string): boolean => {
    let p = places.get(cell);
    if (p === undefined) {
      // `Resource: US Room`: the label written into the cell is no part of what it names.
      p = providerNamesNoOne(withoutFieldLabel(cell));
      if (places.size < 10_000) places.set(cell, p);
    }
    return p;
  };
  const readSample = (read: () => string): string[] =>
    sample.map((row) => {
      cursor.at(row);
      return read();
    });
  // The name orders and the one name shown per provider, decided from the first rows
  // (provider-forms.ts).
  const sampleNames = readSample(nameCell);
  const providerFromName = providerNameCache(profile, new ProviderOrders(sampleNames));
  const named = (idRaw: string, nameRaw: string): ShownProvider | undefined => {
    const prov = nameRaw && !isPlace(nameRaw) ? providerFromName(nameRaw) : undefined;
    return prov && { id: idRaw || prov.id, display: prov.display, credentials: prov.credentials };
  };
  const sampleIds = readSample(idCell);
  // A column of logins names no one to a patient (provider-labels.ts): decided once, per column.
  const nameLogins = loginsOnly(sampleNames);
  const idLogins = loginsOnly(sampleIds);
  const spellings = new ProviderSpellings(sampleNames.flatMap((name, i) => named(sampleIds[i]!, name) ?? []));
  return () => {
    const provIdRaw = idCell();
    const provNameRaw = nameCell();
    audit?.providerCell(idWritten(), nameWritten(), cursor.row.line);
    // A failed formula's `#N/A` names no provider: the row is not sent (spreadsheet-errors.ts).
    failOnSpreadsheetError(cursor, 'providerId', provIdRaw);
    failOnSpreadsheetError(cursor, 'providerName', provNameRaw);
    // A room, chair or machine in the provider column (`CT1`, `Chair 3`: room-values.ts), or a
    // service or a role with no name (`Lab`, `Nurse Visit`, `Nurse`: service-resources.ts) names no
    // one the patient sees: that row goes as Unassigned provider, the others keep theirs. The
    // derived appointment id keeps the cell (key, below), so it stays what it was.
    const prov = provNameRaw && !isPlace(provNameRaw) ? providerFromName(provNameRaw) : undefined;
    // A wait list's column of the book (`Waitlist`) holds a wish for a slot, as a `Waitlist`
    // status does (status-words.ts skips it): sent with no provider it went as a booked visit.
    if (provNameRaw && providerIsTheWaitList(provNameRaw))
      cursor.fail(
        'providerName',
        'is the wait list: the patient is waiting for a slot, and no visit is booked',
        'Book the visit with a provider in the scheduling software, or leave wait-list entries out of the export',
        provNameRaw,
      );
    else if (prov?.two)
      cursor.fail(
        'providerName',
        "names two providers; the portal shows one provider per appointment, and which of them is this appointment's is not in the cell",
        'Export one provider per appointment (the one the patient sees), or map a column that holds one provider',
        provNameRaw,
      );
    else if (prov?.unreadCarets)
      cursor.fail(
        'providerName',
        'is written as an HL7 person (parts between carets), but no family and given name can be read from its parts: the name to show is not in the cell',
        'Have the interface write the provider as family^given^middle^suffix^prefix^degree (XPN) or with its id first (XCN), or map a provider id column',
        provNameRaw,
      );
    else if (prov?.nameOrCredential)
      cursor.fail(
        'providerName',
        `ends in '${prov.nameOrCredential}', a credential or a family name: the name and its credential, or a person whose family name is ${prov.nameOrCredential}; which one is not in the cell`,
        `Export provider names as "Last, First" or with the credential after a comma ("HALL, DAVID, DO"), or map a provider id column`,
        provNameRaw,
      );
    if (prov && provIdRaw) audit?.providerIds.see(provIdRaw, provNameRaw, cursor.row.line);
    const providerId = provIdRaw || prov?.id || (d.providerId ?? UNASSIGNED_PROVIDER);
    const provName =
      prov && !nameLogins
        ? spellings.nameOf({ id: providerId, display: prov.display, credentials: prov.credentials })
        : '';
    if (providerId.length > 64)
      cursor.fail(
        'providerId',
        'is longer than 64 characters',
        'Map a shorter provider id column',
        provIdRaw,
      );
    const providerName =
      provName ||
      d.providerName ||
      // A bare user number (OpenEMR pc_aid 7) reads better on the portal as "Provider 7"; an NPI
      // or a login is no name (provider-labels.ts).
      clip(isPlace(provIdRaw) ? '' : idShownAsName(provIdRaw, idLogins), 100) ||
      'Unassigned provider';
    return {
      participant: { type: 'PROVIDER', identifier: providerId, providerName },
      key: provIdRaw || provNameRaw,
    };
  };
}

export interface RowDetails {
  type: string;
  /** The reason column, clipped; '' when there is none. */
  reason: string;
  description: string;
  location: string;
}

export function detailsReader(
  profile: MappingProfile,
  practiceName: string | undefined,
  cursor: RowCursor,
  watch?: { audit: FileAudit; refs: ColumnRefs },
  titleLocation?: string,
): (booked?: boolean) => RowDetails {
  const d = profile.defaults ?? {};
  const typeCell = cursor.reader('type');
  const reasonCell = cursor.reader('reason');
  const descriptionCell = cursor.reader('description');
  const noteCell = cursor.reader('note');
  const location = locationReader(profile, practiceName, cursor, titleLocation);
  const offBook = watch ? offBookWatch(watch.audit, watch.refs, cursor) : undefined;
  return (booked = true) => {
    const typeRaw = typeCell();
    const reason = reasonCell();
    if (offBook && booked) offBook(typeRaw, reason, descriptionCell(), noteCell());
    const type = clip(typeRaw || d.type || 'APPOINTMENT', 100);
    const description = clip(descriptionCell() || reason || d.description || type, 255);
    return { type, reason: reason ? clip(reason, 255) : '', description, location: location() };
  };
}

/** A row's location as it goes: the location column, else the profile's default, else the title's
 *  stated location, else the practice name, else 'Main office'. */
export function locationReader(
  profile: MappingProfile,
  practiceName: string | undefined,
  cursor: RowCursor,
  titleLocation?: string,
): () => string {
  const d = profile.defaults ?? {};
  const locationCell = cursor.reader('location');
  // A column names a handful of sites on thousands of rows (and an empty cell on every row of a
  // file without one): each cell is judged once, not split into words per row.
  const siteName = memoized(siteWithoutCode);
  const namesNoSite = memoized((cell: string): boolean => locationCode(cell) || namesARoom(cell));
  return () => {
    // A site number or code on its own (`1`, `LOC02`: location-codes.ts), or a room, chair or bay
    // inside a site (`Room 4`, `OP3`: room-values.ts) in a column that also names sites, names no
    // place to go: the row goes with the default, as a row with no location does; the column's
    // site names stay (`Main Office`, `North Clinic Room 2`).
    // A site's record code beside its name (`MAPLE FAMILY MED [1010101]`, Epic's
    // DEPARTMENT_NAME_WID; `02 - North Clinic`) is no part of where to go (cell-codes.ts).
    const cell = siteName(locationCell());
    return clip(
      (namesNoSite(cell) ? '' : cell) || d.location || titleLocation || practiceName || 'Main office',
      100,
    );
  };
}

/**
 * Words of the type, reason or description that take a row off the book, on a row about to go as
 * booked: with no status column, `Cancelled - Follow-up`, `Follow-up (Cancelled)`, `Canceled` or
 * `Lunch` there are the only sign (a booking list with no status); with one, a type or reason of
 * `Lunch`, `STAFF MTG` or `Vacation` is blocked time under a dummy patient (a Dentrix list writes
 * it in `Reason`, OpenEMR in its category). Checked on every file until a person answers it; each
 * distinct text is classified once.
 */
function offBookWatch(
  audit: FileAudit,
  refs: ColumnRefs,
  cursor: RowCursor,
): (type: string, reason: string, description: string, note: string) => void {
  const noStatus = !refs.status && !refs.cancelledAt && !refs.cancelledFlag;
  // With no status, a reason or note that only mentions a cancellation (`pt cxl - sick`) counts
  // too, and a type with a cancel word of its own (`CANCELLED OV`: typeSaysCancelled); beside a
  // status such words are the audit's (cancel-text-columns.ts).
  const seen = [new Map<string, boolean>(), new Map<string, boolean>()];
  const says = (text: string, note: boolean): boolean => {
    const memo = seen[note ? 1 : 0]!;
    let v = memo.get(text);
    if (v === undefined) {
      v =
        takesOffBook(text, !noStatus) || (noStatus && (note ? saysCancelled(text) : typeSaysCancelled(text)));
      if (memo.size < 10_000) memo.set(text, v);
    }
    return v;
  };
  const check = (field: 'type' | 'reason' | 'description' | 'note', text: string): boolean => {
    if (!text || !says(text, field !== 'type')) return false;
    audit.offBookText(refs[field]?.header ?? field, text, cursor.row.line);
    return true;
  };
  // The resource or place a row is booked on says the same where the type names nothing (`Staff`
  // or `Location` = `Dispensary` beside a type `Guest`): a window the patient comes in at any time
  // within (dose-words.ts), no appointment at its first time. A row its type already asks about
  // (`Daily Dosing` at the `Dispensary`) is asked once.
  const places = (['providerName', 'providerId', 'location'] as const).map((f) => ({
    field: f,
    read: cursor.reader(f),
  }));
  // A town and its state (`Window Rock, AZ`, the Navajo Nation's seat) is a site, whatever its
  // words: its `Window` had held the file as a walk-in window (63d).
  const windowed = memoized((text: string) => !placeAndState(text) && namesOpenWindow(text));
  const range = rangeWatch(audit, refs, cursor);
  return (type, reason, description, note) => {
    range?.(type, reason, description, note);
    const asked = [
      check('type', type),
      check('reason', reason),
      check('description', description),
      check('note', note),
    ].includes(true);
    if (asked) return;
    for (const { field, read } of places) {
      const text = read();
      if (text && windowed(text)) audit.offBookText(refs[field]?.header ?? field, text, cursor.row.line);
    }
  };
}

/** A time cell written as a range (`05:30-10:30`) on a booked row, with whether the row's words
 *  name a visit that long (long-visit-words.ts), for the audit to compare with the file's other
 *  ranges (trust/range-windows.ts). Each distinct cell and text is read once. */
function rangeWatch(
  audit: FileAudit,
  refs: ColumnRefs,
  cursor: RowCursor,
): ((type: string, reason: string, description: string, note: string) => void) | undefined {
  const header = refs.time?.header;
  if (!header) return undefined;
  const timeCell = cursor.reader('time');
  const lengthOf = memoized((v: string): number => {
    const t = parseTime(v);
    if (!t.ok || !t.end) return -1;
    return (t.end.hour * 60 + t.end.minute - t.time.hour * 60 - t.time.minute + 24 * 60) % (24 * 60);
  });
  const long = memoized(namesLongVisit);
  return (type, reason, description, note) => {
    const v = timeCell().trim();
    const minutes = v ? lengthOf(v) : -1;
    if (minutes <= 0) return;
    // A visit's length written in its words (`Direct Treatment (3.00 Hrs)`, TherapyPM's service:
    // corpus 289) and lasting just as long proves the range is that visit's.
    const named =
      long(type) ||
      long(reason) ||
      long(description) ||
      long(note) ||
      [type, reason, description, note].some((t) => t !== '' && statesLength(t, minutes));
    audit.timeRange(header, v, minutes, cursor.row.line, named);
  };
}

/** Whether `text` (or a part of it: before ` - ` or `:`, or in brackets) is a status word for
 *  cancelled or not an appointment, or names blocked time, an OTP's dose or a window the patient
 *  comes in at any time within (dose-words.ts), or, the whole text, a visit not booked yet
 *  (`Appointment Request`, `Not Booked`: status-vocabulary.ts namesNoBookingYet); with
 *  `blocksOnly`, not an appointment only (beside a status column, which says what is cancelled). */
export function takesOffBook(text: string, blocksOnly: boolean): boolean {
  if (namesOpenWindow(text)) return true;
  const parts = [text, ...text.split(/\s[-–—:]\s|:\s|[()[\]]/)].map((p) => p.trim()).filter(Boolean);
  return parts.some((p, i) => {
    if (namesBlockedTime(p, i > 0) || namesDose(p)) return true;
    const m = classifyOutsideStatus(p);
    return (
      m === 'skip' ||
      (!blocksOnly && (m === 'CANCEL' || mayBeCancelled(p) || (i === 0 && namesNoBookingYet(p))))
    );
  });
}

/** The profile's fixed appointment address (one office), with the empty Address2 the schema
 *  shows; undefined when the profile has none. A copy per appointment (none shares one). */
export function appointmentAddressOf(profile: MappingProfile): PostalAddress | undefined {
  const a = profile.defaults?.appointmentAddress;
  return a ? { ...a, address2: a.address2 ?? '' } : undefined;
}
