// One export row → one appointment, a counted skip, or a row error that says which column and
// value is wrong and what to change. A bad row never stops the file.
//
// Defaults for required Medfusion fields the export lacks (also in the README):
// Type → profile default, else 'APPOINTMENT'; Description → description column, else reason,
// else profile default, else the Type; Location → location column, else profile default, else
// the practice name, else 'Main office'; provider → id and name columns (one derives the other),
// else profile defaults, else 'unassigned' / 'Unassigned provider'; Email → the column when it
// holds an address; a patient with none gets `no-email@invalid` when the export has an e-mail
// column (never the profile's default address), else the profile default, else the same
// placeholder (the `.invalid` domain can never receive mail: the schema requires an e-mail).
import type { Appointment, AppointmentStatus, PostalAddress } from '../../model/appointment.ts';
import type { ImportItem } from '../../model/import-summary.ts';
import type { TableRow } from '../read/table-types.ts';
import { deriveAppointmentId, derivePatientId } from './identity.ts';
import { casePersonName, properCaseName, splitName } from './names.ts';
import { isSingleCase } from './proper-case.ts';
import { describeOrder, formatDate, type CalendarDate, type DateOrder } from './parse-date.ts';
import { parseDateTime } from './parse-date-time.ts';
import { parseTime, type TimeOfDay } from './parse-time.ts';
import type { FieldName, MappingProfile } from './profile.ts';
import type { ColumnRefs } from './resolve-columns.ts';
import { parseFlag } from './status-vocabulary.ts';
import { wallClockToUtc } from './zoned-time.ts';
import { zoneAbbreviationAgrees } from './zone-abbreviation.ts';
import type { FileAudit } from '../trust/file-audit.ts';
import { DaySlots } from './day-slots.ts';
import { memoized } from './parse-memo.ts';
import { clip, RowProblem } from './row-problem.ts';
import { memoizedStatusClassifier, providerNameCache } from './row-memos.ts';
import { displayText } from '../../model/display-text.ts';

export const NO_EMAIL = 'no-email@invalid';

export interface RowMapperContext {
  file: string;
  profile: MappingProfile;
  refs: ColumnRefs;
  dateOrder: DateOrder;
  timeZone: string;
  practiceId: string;
  practiceName?: string;
  /** Joined table lookup by key (OpenEMR EHI patient_data by pid). */
  joinLookup?: (key: string) => string[] | undefined;
  joinFile?: string;
  now?: Date;
  /** Whole-file checks (unknown statuses, unreadable starts, reused ids…) fed row by row. */
  audit?: FileAudit;
}

export function createRowMapper(ctx: RowMapperContext): (row: TableRow) => ImportItem {
  const { refs, profile, file } = ctx;
  const classify = memoizedStatusClassifier(profile.status);
  // Default 'hold': an unknown word is never taken for "booked"; the file is held and a person
  // asked once (the audit collects the words).
  const unknownStatus = profile.status?.unknown ?? 'hold';
  const audit = ctx.audit;
  const otherOrder: DateOrder = ctx.dateOrder === 'MDY' ? 'DMY' : 'MDY';
  // Derived ids: each (patient, provider, day) keeps the distinct starts it has in this file, in
  // file order, so two same-day appointments of one patient never share an id.
  const daySlots = new DaySlots();
  const skipNoPatient = profile.skipRowsWithoutPatient !== false;
  const d = profile.defaults ?? {};
  // An ISO date (2026-13-45) cannot be a day/month mix-up: the fix is in the data, not the setting.
  const dateHint = (v: string): string =>
    /^\d{4}/.test(v.trim())
      ? 'Correct the date in the scheduling software and export again'
      : `Check the date format setting (now ${describeOrder(ctx.dateOrder)})`;

  const providerFromName = providerNameCache(profile);

  /** A date impossible in the chosen order but real in the other: the order may be wrong. */
  const noteOtherOrder = (v: string): void => {
    if (audit && parseDateTime(v, { order: otherOrder, twoDigitYear: 'appointment' }).ok)
      audit.otherOrderOnly(v);
  };
  /** A zone written after the time must be the practice's (else the file is held, never shifted). */
  const checkZone = (abbr: string, at: Date): void => {
    const agrees = zoneAbbreviationAgrees(abbr, ctx.timeZone, at);
    if (agrees !== true) audit?.zone(abbr, agrees === false ? 'disagrees' : 'unknown');
  };
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.timeZone, dateStyle: 'short' });
  const localDay = (instant: Date): string => dayFormat.format(instant);

  // Made once per file, not per row (a closure or options object per row is garbage to collect):
  // the row being mapped is `row`/`joined` below, set at the start of each call.
  const parseOpts = {
    order: ctx.dateOrder,
    twoDigitYear: 'appointment' as const,
    ...(ctx.now ? { now: ctx.now } : {}),
  };
  const dobOpts = {
    order: ctx.dateOrder,
    twoDigitYear: 'birth' as const,
    ...(ctx.now ? { now: ctx.now } : {}),
  };
  const parseStart = memoized((v: string) => parseDateTime(v, parseOpts));
  const parseDob = memoized((v: string) => parseDateTime(v, dobOpts));
  const parseStartTime = memoized((v: string) => parseTime(v, { compact: true }));
  const toInstant = (date: CalendarDate, time: TimeOfDay): Date =>
    wallClockToUtc(date, time, ctx.timeZone).instant;
  // A file is mapped in seconds: "today" for the birth-date check is read once, not per row.
  const today = (ctx.now ?? new Date()).toISOString().slice(0, 10);
  let row: TableRow;
  let joined: string[] | undefined;
  const cell = (f: FieldName): string => {
    const r = refs[f];
    if (!r) return '';
    return ((r.source === 'main' ? row.values[r.index] : joined?.[r.index]) ?? '').trim();
  };
  function fail(f: FieldName | undefined, message: string, hint: string, value?: string): never {
    const r = f ? refs[f] : undefined;
    const id = row.problem ? '' : cell('appointmentId');
    throw new RowProblem({
      file,
      line: row.line,
      ...(r ? { column: r.header } : {}),
      ...(f ? { field: f } : {}),
      ...(value !== undefined ? { value: displayText(value, 80) } : {}),
      message,
      hint,
      ...(id && id.length <= 64 ? { appointmentId: id } : {}),
    });
  }

  return (current) => {
    row = current;
    joined = undefined;
    let joinMissing = false;
    if (ctx.joinLookup && profile.join) {
      const keyRef = profile.join.on.column;
      const keyIdx = refs.patientId?.header === keyRef ? refs.patientId.index : undefined;
      const key = (keyIdx !== undefined ? row.values[keyIdx] : row.record[keyRef])?.trim() ?? '';
      joined = key ? ctx.joinLookup(key) : undefined;
      joinMissing = !!key && !joined;
    }

    try {
      if (row.problem)
        fail(undefined, row.problem, 'Check this line for a stray delimiter or quote and export again');

      // A patient id of zeros is "no patient" in database exports (OpenEMR pc_pid 0: blocked time).
      const patientIdCell = cell('patientId');
      const patientIdRaw = /^0+$/.test(patientIdCell) ? '' : patientIdCell;
      const nameRaw = cell('patientName');
      const hasName = !!(nameRaw || cell('firstName') || cell('lastName'));
      if (skipNoPatient && !hasName && !patientIdRaw)
        return { kind: 'skipped', line: row.line, reason: 'no patient (open slot or blocked time)' };
      if (joinMissing && patientIdRaw)
        fail(
          'patientId',
          `patient ${patientIdRaw} is not in ${ctx.joinFile ?? 'the joined patient table'}`,
          'Export the patient table together with the appointments (same time), or check the patient id',
          patientIdRaw,
        );

      // Status: a cancellation flag or date wins over the status word.
      let status: AppointmentStatus = 'NEW';
      const flag = cell('cancelledFlag');
      if (flag) {
        const b = parseFlag(flag);
        if (b === undefined)
          fail(
            'cancelledFlag',
            'is not yes/no',
            'Use true/false, yes/no or 1/0, or remove this column from the profile',
            flag,
          );
        if (b) status = 'CANCEL';
      }
      if (cell('cancelledAt')) status = 'CANCEL';
      const statusWord = cell('status');
      if (status === 'NEW' && statusWord) {
        const meaning = classify(statusWord);
        if (meaning === 'skip') return { kind: 'skipped', line: row.line, reason: `status '${statusWord}'` };
        if (meaning === 'CANCEL') status = 'CANCEL';
        if (meaning === 'unknown') {
          if (unknownStatus === 'hold') audit?.unknownStatus(statusWord);
          if (unknownStatus === 'skip')
            return { kind: 'skipped', line: row.line, reason: `status '${statusWord}'` };
          if (unknownStatus === 'error')
            fail(
              'status',
              'is not a known status',
              "Add the word to the profile's status lists (new, cancel or skip)",
              statusWord,
            );
        }
      }

      audit?.appointmentRow();
      // Start: one date-time column, or a date column plus a time column. A start with no time
      // that can be read is a row error, never midnight.
      let start: Date;
      let startAsWritten: string;
      let startDay: string;
      if (refs.dateTime) {
        const v = cell('dateTime');
        if (!v)
          fail(
            'dateTime',
            'the appointment date and time are empty',
            'Every appointment needs a start; check the export',
          );
        const p = parseStart(v);
        if (!p.ok) {
          noteOtherOrder(v);
          audit?.startFailed(refs.dateTime?.header, v);
          fail('dateTime', p.reason, dateHint(v), v);
        }
        if (p.kind === 'local' && p.dateOnly) {
          audit?.startFailed(refs.dateTime?.header, v);
          fail(
            'dateTime',
            'has a date but no start time',
            'Export the appointment times too (or map the start-time column in the settings)',
            v,
          );
        }
        start = p.kind === 'instant' ? p.instant : toInstant(p.date, p.time);
        if (p.kind === 'local' && p.zone) checkZone(p.zone, start);
        startAsWritten = v;
        startDay = p.kind === 'instant' ? localDay(p.instant) : formatDate(p.date);
      } else {
        const dv = cell('date');
        if (!dv)
          fail('date', 'the appointment date is empty', 'Every appointment needs a date; check the export');
        const pd = parseStart(dv);
        if (!pd.ok) {
          noteOtherOrder(dv);
          fail('date', pd.reason, dateHint(dv), dv);
        }
        const tv = cell('time');
        let time: TimeOfDay | undefined;
        let zone: string | undefined;
        if (refs.time) {
          if (!tv)
            fail('time', 'the start time is empty', 'Every appointment needs a start time; check the export');
          // HHMM (`0930`) only here, where the column is known to hold the start time.
          const pt = parseStartTime(tv);
          if (pt.ok) {
            time = pt.time;
            zone = pt.zone;
          } else {
            // Some programs write a time as a date-time (`1899-12-30 09:00:00`, D4W's start_time).
            const ptd = parseStart(tv);
            if (!ptd.ok || ptd.kind === 'instant' || ptd.dateOnly) {
              audit?.startFailed(refs.time?.header, tv);
              fail('time', pt.reason, 'Correct the time in the scheduling software and export again', tv);
            }
            time = ptd.time;
            zone = ptd.zone;
          }
        }
        if (pd.kind === 'instant') start = pd.instant;
        else {
          if (!time && pd.dateOnly) {
            audit?.startFailed(refs.date?.header, dv);
            fail(
              'date',
              'has a date but no start time',
              'Export the appointment times too (or map the start-time column in the settings)',
              dv,
            );
          }
          start = toInstant(pd.date, time ?? pd.time);
          const written = zone ?? pd.zone;
          if (written) checkZone(written, start);
        }
        startAsWritten = `${dv} ${tv}`.trim();
        startDay = pd.kind === 'instant' ? localDay(pd.instant) : formatDate(pd.date);
      }

      // Patient.
      let first = cell('firstName');
      let last = cell('lastName');
      if (!first && !last && nameRaw) {
        const n = splitName(nameRaw, profile.patientNameOrder ?? 'auto');
        first = n?.first ?? '';
        last = n?.last ?? '';
      } else ({ first, last } = casePersonName(first, last)); // ALL CAPS or all lower → proper case
      // A family name written in capitals beside a given name that is not ("GAGNON, Marie", the
      // UK and French convention) is proper-cased by itself.
      if (isSingleCase(last) && last.length > 1 && last === last.toUpperCase())
        last = properCaseName(last, 'family');
      if (isSingleCase(first) && first.length > 1 && first === first.toUpperCase())
        first = properCaseName(first, 'given');
      const nameField: FieldName =
        refs.patientName && !refs.lastName ? 'patientName' : first ? 'lastName' : 'firstName';
      if (!first || !last)
        fail(
          nameField,
          "the patient's first or last name is missing",
          'Medfusion needs both; complete the name in the scheduling software',
          nameRaw || `${first} ${last}`.trim(),
        );
      if (first.length > 50 || last.length > 50)
        fail(
          nameField,
          'a name is longer than 50 characters',
          'Shorten it in the scheduling software',
          `${first} ${last}`,
        );
      const dobRaw = cell('dob');
      if (!dobRaw)
        fail(
          'dob',
          'the date of birth is empty',
          "Medfusion needs the patient's date of birth; add it in the scheduling software",
        );
      const pdob = parseDob(dobRaw);
      if (!pdob.ok) fail('dob', pdob.reason, dateHint(dobRaw), dobRaw);
      const dob = pdob.kind === 'instant' ? pdob.instant.toISOString().slice(0, 10) : formatDate(pdob.date);
      if (dob > today) fail('dob', 'the date of birth is in the future', dateHint(dobRaw), dobRaw);
      const patientId = patientIdRaw || derivePatientId(last, first, dob);
      if (patientId.length > 64)
        fail('patientId', 'is longer than 64 characters', 'Map a shorter id column', patientIdRaw);
      const emailRaw = cell('email');
      // Never invent an address: with an e-mail column in the export, a patient without one gets
      // the documented placeholder (which can receive nothing), not the profile's default address.
      const email = emailRaw.includes('@') ? emailRaw : refs.email ? NO_EMAIL : (d.email ?? NO_EMAIL);
      if (email.length > 100)
        fail('email', 'is longer than 100 characters', 'Correct the e-mail address', emailRaw);

      // Provider.
      const provIdRaw = cell('providerId');
      const provNameRaw = cell('providerName');
      const prov = provNameRaw ? providerFromName(provNameRaw) : undefined;
      const provName = prov?.display ?? '';
      const providerId = provIdRaw || prov?.id || (d.providerId ?? 'unassigned');
      if (providerId.length > 64)
        fail('providerId', 'is longer than 64 characters', 'Map a shorter provider id column', provIdRaw);
      const providerName =
        provName ||
        d.providerName ||
        // A bare user number (OpenEMR pc_aid 7) reads better on the portal as "Provider 7".
        (provIdRaw
          ? clip(/^\d+$/.test(provIdRaw) ? `Provider ${provIdRaw}` : provIdRaw, 100)
          : 'Unassigned provider');

      const type = clip(cell('type') || d.type || 'APPOINTMENT', 100);
      const reason = cell('reason');
      const description = clip(cell('description') || reason || d.description || type, 255);
      const location = clip(cell('location') || d.location || ctx.practiceName || 'Main office', 100);

      const appointmentIdRaw = cell('appointmentId');
      if (appointmentIdRaw.length > 64)
        fail('appointmentId', 'is longer than 64 characters', 'Map a shorter id column', appointmentIdRaw);
      const patientKey = patientIdRaw || `${last}|${first}|${dob}`;
      audit?.ids.see(appointmentIdRaw, patientKey, start.toISOString(), row.line);
      let appointmentId = appointmentIdRaw;
      if (!appointmentId) {
        const group = `${patientKey}\u001f${provIdRaw || provNameRaw}\u001f${startDay}`;
        const slot = daySlots.slot(group, startAsWritten);
        appointmentId = deriveAppointmentId({
          practiceId: ctx.practiceId,
          patientKey,
          providerKey: provIdRaw || provNameRaw,
          day: startDay,
          slot,
        });
      }

      const addr: PostalAddress = {
        address1: clip(cell('address1'), 100),
        address2: clip(cell('address2'), 100),
        city: clip(cell('city'), 50),
        state: clip(cell('state'), 50),
        zipCode: cell('zip'),
      };
      const hasAddress =
        addr.address1 && addr.city && addr.state && addr.zipCode && addr.zipCode.length <= 10;
      const apptAddr = d.appointmentAddress;

      const appointment: Appointment = {
        practiceId: ctx.practiceId,
        appointmentId,
        status,
        type,
        ...(reason ? { reason: clip(reason, 255) } : {}),
        description,
        start,
        location,
        ...(apptAddr ? { appointmentAddress: { ...apptAddr, address2: apptAddr.address2 ?? '' } } : {}),
        patient: {
          patientId,
          firstName: first,
          lastName: last,
          dob,
          email,
          ...(hasAddress ? { address: addr } : {}),
        },
        participant: { type: 'PROVIDER', identifier: providerId, providerName },
      };
      return { kind: 'appointment', line: row.line, appointment };
    } catch (e) {
      if (e instanceof RowProblem) return { kind: 'error', error: e.error };
      throw e;
    }
  };
}
