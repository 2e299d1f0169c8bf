// Contract between the importer (readers + mapping) and the engine: an export is read as a
// stream of items so that a 1,000,000-row file never sits in memory at once.
import type { Appointment } from './appointment.ts';
import type { Doubt } from './doubt.ts';
import type { RowError } from './row-error.ts';

/** A descriptive field an export may say nothing about (import/map/unstated-fields.ts). */
export type UnstatedField = 'type' | 'description' | 'reason' | 'location' | 'provider';

export type ImportItem =
  /** One appointment read from the file. Its status is what the file says (NEW or CANCEL);
   *  change detection later turns NEW into UPDATE or drops it as unchanged. */
  | {
      kind: 'appointment';
      line: number;
      appointment: Appointment;
      /** A CANCEL read from a built-in status word that says "moved" (`Rescheduled`): the
       *  engine asks when its id was sent at another start (moved-status.ts). */
      movedWord?: string;
      /** What the file has no column (nor title line, nor mapping default) for, the same list on
       *  every row of it: these fields went with a placeholder, which never replaces what was
       *  sent for the id (unstated-fields.ts, changes/kept-details.ts). */
      unstated?: readonly UnstatedField[];
      /** The zone its start was read on when a location the practice answered keeps another clock
       *  than the practice's (import/map/location-clock.ts); absent on the practice's clock. */
      clock?: string;
    }
  /** A row that is not an appointment (blocked time, open slot, filtered status). Counted, not an error.
   *  A row of a patient skipped for a status word that means "not an appointment" (Open Dental's
   *  `UnschedList`) names the export's own appointment id, and patient id when there is one: an
   *  appointment taken off the schedule, which the engine cancels if it is on the portal. */
  | { kind: 'skipped'; line: number; reason: string; appointmentId?: string; patientId?: string }
  /** A row that should be an appointment but cannot be read: the file goes on without it. */
  | { kind: 'error'; error: RowError };

export interface ImportSummary {
  rowsRead: number;
  appointments: number;
  byStatus: { NEW: number; UPDATE: number; CANCEL: number };
  skipped: number;
  errors: number;
  /** Earliest and latest appointment start in the file (for snapshot mode). A row read on a
   *  location's own clock (`clock`) counts at its wall clock on the practice's, so the range's
   *  days are the days the rows are written on. */
  range?: { from: Date; to: Date };
  /** The other zones rows were read on (locations answered to keep another clock): a snapshot
   *  cancels, of the days it covers, only what is on those days on every one of these clocks
   *  (engine/job/snapshot-range.ts). */
  otherClocks?: string[];
  /** The date range the export states in its title lines ("Dates: 03/01/2027 - 03/05/2027"),
   *  as whole local days [from 00:00, to+1 00:00) in the practice's zone. */
  statedRange?: { from: Date; to: Date };
  /** When the report says it was made (`Printed: 12/01/2026 08:02 AM`, `Run Date: 12/01/26`, an XML
   *  root's `generated=`), as the instants it allows in the practice's zone (a date alone: its whole
   *  day), and the stamp as written: a file made before an export already sent is held
   *  (engine/job/older-file.ts). Absent when the file states none surely. */
  statedPrintTime?: { from: Date; to: Date; text: string };
  /** The file ends before its last page (`Page 1 of 2` and no page 2; or the header printed
   *  again, over a page, with nothing under it: `headerOn`, that line): what it does not list
   *  may be on the missing pages, so a snapshot cancels nothing by its absence. */
  cutShort?: { page: number; of: number } | { headerOn: number };
  /** The title line (or file name) saying the report lists only part of its dates' appointments,
   *  by status or kind of visit (`Status: Confirmed`, `Appointment Type: Follow Up`): what it does
   *  not list may still be booked, so a snapshot that would cancel is held (read/stated-subset.ts). */
  narrowedBy?: string;
  /** The file lists changes, not the schedule (an HL7 SIU feed: one message per booking, move or
   *  cancellation): what it does not list is unchanged, so a snapshot cancels nothing by absence. */
  changesOnly?: true;
  /** How numeric dates were read: proven by the data, set by a person, remembered from this
   *  practice's earlier exports, stated by a date header, or from the time zone's region. */
  dateOrder?: {
    order: 'MDY' | 'DMY';
    source: 'data' | 'setting' | 'header' | 'memory' | 'region';
    evidence?: string;
    /** The file's columns, kept with an order its data proved (practice memory). */
    headers?: string[];
  };
  /** Whether the file can say an appointment is cancelled at all: a status, cancellation date or
   *  cancelled-flag column (an AppointmentData file always can). False: a row listed is no sign
   *  that the appointment is booked. Absent: not known (taken as true). */
  canCancel?: boolean;
  /** The content checks a person answered by confirming this practice's mapping (the profile's
   *  `confirmed.answered`): the engine's own checks of what was sent are not asked again either. */
  answered?: readonly string[];
  /** What the connector is not sure of. Non-empty: the file must be held for review, not sent
   *  (unless a person explicitly accepts the guess). */
  doubts: Doubt[];
}

export interface ImportOptions {
  /** Medfusion practice integration id written into every appointment. */
  practiceId: string;
  /** IANA time zone for wall-clock times without a zone (default: the machine's). */
  timeZone?: string;
  /** 'auto' (default), a preset or saved profile name, or a path to a profile JSON file. */
  profile?: string;
  /** For the OpenEMR EHI preset: the patient table to join. */
  joinFiles?: Record<string, string>;
  /** Where a profile saved with `detect --save` (appt-connector.profile.json) is looked for when
   *  the mapping is 'auto': the practice's inbox. Default: the export's own folder (the engine
   *  reads exports from the inbox's processing/ folder, where none is saved). */
  savedProfileDir?: string;
  /** An Excel workbook's sheet to read, as a person answers which sheet is the appointment list
   *  (`mapping confirm --sheet`); otherwise the mapping's `sheet`. */
  sheet?: string;
  /** Practice display name: the Location when the export has none. */
  practiceName?: string;
  /** Day/month order for `a/b/yyyy` dates the data does not settle: the order this practice's
   *  earlier exports settled (practice memory). Absent: the time zone's region decides. */
  dateOrder?: 'MDY' | 'DMY';
  /** Where `dateOrder` came from: settled by earlier data, or confirmed by a person. A file whose
   *  data contradicts it is held, never silently flipped. */
  dateOrderSource?: 'data' | 'person';
  /** The columns of the export that settled `dateOrder`: a file of other columns (another
   *  system's) is not read by it (import/trust/layout-date-order.ts). Absent: any file is. */
  dateOrderHeaders?: readonly string[];
}
