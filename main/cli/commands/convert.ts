// `appt-connector convert FILE`: turn one export into validated AppointmentData XML, one document
// per batch, without sending anything and without change detection (every appointment goes out
// with its file status, NEW or CANCEL). Streams: a batch is built, validated and written as soon
// as its rows are read, so a 1,000,000-row file never sits in memory.
// Never a guess: the documents are written into a staging folder and only put in place (or on
// stdout) once the whole file is read and nothing is uncertain; a file with doubts leaves nothing
// behind unless --accept-guess is given.
// Exit codes: 0 converted (some rows may have failed: they are listed), 1 rows were read but not
// one appointment could be converted, or the file is held for review (uncertain: nothing written),
// 2 bad usage or a file that cannot be used at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommandLine, usageError } from '../command-line.ts';
import type { ImportOptions, ImportSummary } from '../../model/import-summary.ts';
import { formatRowError, type RowError } from '../../model/row-error.ts';
import { formatDoubt } from '../../model/doubt.ts';
import { SkipTally, formatSkippedRows } from '../../model/skipped-rows.ts';
import type { Appointment } from '../../model/appointment.ts';
import { importBatches } from '../../import/import-export.ts';
import { ExportFileError } from '../../import/read/index.ts';
import { defaultSender } from '../../xml/build-appointment-data.ts';
import { BatchChecker } from '../../xml/batch-checker.ts';
import { SETTINGS_DEFAULTS } from '../../engine/settings/defaults.ts';
import { formatXmlProblem } from '../../xml/xml-problem.ts';
import {
  describeProfileLine,
  parseImportArgs,
  IMPORT_OPTIONS_USAGE,
  IMPORT_ARG_OPTIONS,
} from './import-args.ts';
import pkg from '../../../package.json' with { type: 'json' };
import { displayLines } from '../../model/display-text.ts';

const USAGE = `usage: appt-connector convert FILE --practice-id ID [--profile auto|NAME|PROFILE.json] [--tz Area/City]
                              [--out DIR|-] [--batch-size N] [--accept-guess] [--json]
${IMPORT_OPTIONS_USAGE}
  --out             folder for the XML documents (FILE-001.xml, FILE-002.xml ...; default: the
                    current folder), or - to write them to stdout one after another
  --batch-size      appointments per document (default ${SETTINGS_DEFAULTS.batchSize})
  --accept-guess    convert even when the connector is not sure how to read the file (it warns)
  --json            the summary as one JSON object (on stdout; on stderr with --out -)
Exit codes: 0 converted (failed rows are listed), 1 no row could be converted, or the file is
uncertain (what is uncertain is listed; nothing written), 2 bad usage or unusable file.`;

const MAX_LISTED_ERRORS = 1000;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Pending {
  line: number;
  appointment: Appointment;
}

/** The batch's appointments. A loop, not .map: see checked-writer.ts (an optimised caller's
 *  inlined .map made arrays of another elements kind, and the writer was compiled again). */
function appointmentsOf(batch: Pending[]): Appointment[] {
  const list: Appointment[] = [];
  for (const p of batch) list.push(p.appointment);
  return list;
}

export async function run(argv: string[]): Promise<number> {
  const cmd = parseCommandLine(argv, {
    usage: USAGE,
    name: 'convert',
    argument: 'export FILE',
    options: {
      ...IMPORT_ARG_OPTIONS,
      out: { type: 'string' },
      'batch-size': { type: 'string' },
      'accept-guess': { type: 'boolean', default: false },
    },
  });
  if ('exit' in cmd) return cmd.exit;
  const { values, argument: file } = cmd;
  let opts: ImportOptions;
  try {
    opts = parseImportArgs(values, true);
  } catch (e) {
    return usageError(USAGE, (e as Error).message, 'convert');
  }
  const batchSize =
    values['batch-size'] === undefined ? SETTINGS_DEFAULTS.batchSize : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    console.error(
      `convert: --batch-size must be a whole number of at least 1 (got '${values['batch-size']}')`,
    );
    return 2;
  }
  const toStdout = values.out === '-';
  const outDir = toStdout ? '' : path.resolve(values.out ?? '.');
  if (!fs.existsSync(file)) {
    console.error(`convert: ${file}: no such file. Check the path.`);
    return 2;
  }
  if (!toStdout && fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) {
    console.error(
      `convert: --out ${values.out} is a file, not a folder. Give a folder for the documents, or - to print them.`,
    );
    return 2;
  }
  if (!toStdout) fs.mkdirSync(outDir, { recursive: true });
  // Beside the output (a rename puts documents in place) or, for stdout, in the temp folder.
  const staging = fs.mkdtempSync(
    toStdout ? path.join(os.tmpdir(), 'convert-') : path.join(outDir, '.convert-'),
  );
  try {
    return await convertStaged(file, values, opts, batchSize, toStdout, outDir, staging);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function convertStaged(
  file: string,
  values: { json?: boolean; 'accept-guess'?: boolean },
  opts: ImportOptions,
  batchSize: number,
  toStdout: boolean,
  outDir: string,
  staging: string,
): Promise<number> {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const written: Array<{ file: string; appointments: number }> = [];
  const errors: RowError[] = [];
  let errorCount = 0;
  const skipped = new SkipTally();
  let profileLine = '';
  let batch: Pending[] = [];
  let converted = 0;

  const staged: string[] = [];
  // Synchronous writes and renames: convert does nothing else meanwhile, and each promise-based
  // write costs three thread-pool round trips (open, write, close). Measured on 4,000 documents
  // (160 MB): 1.4-1.7 s of CPU through fs.promises, 0.2-0.7 s with writeFileSync.
  const writeOut = (text: string, name: string): void => {
    staged.push(name);
    fs.writeFileSync(path.join(staging, name), text.endsWith('\n') || !toStdout ? text : `${text}\n`);
  };
  const publish = async (): Promise<void> => {
    if (!toStdout) {
      for (const name of staged) fs.renameSync(path.join(staging, name), path.join(outDir, name));
      return;
    }
    for (const name of staged) {
      const from = path.join(staging, name);
      for await (const chunk of fs.createReadStream(from))
        if (!process.stdout.write(chunk as Buffer)) await new Promise((r) => process.stdout.once('drain', r));
    }
  };

  // libxml2 is loaded only for a batch with a shape not yet certified (in this run or, for the
  // bundled CLI, an earlier one: certified-shapes-cache.ts) or a value the compiled checks refuse.
  const checker = BatchChecker.open();
  // Build, validate and write one batch. An appointment the schema refuses (which the mapper
  // should already have caught) becomes a row error; the rest of the batch still goes out.
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const sender = defaultSender(new Date(), pkg.version);
    const buildOpts = opts.timeZone ? { timeZone: opts.timeZone } : {};
    let good = batch;
    let checked = await checker.build(appointmentsOf(good), sender, buildOpts);
    if (!checked.result.ok) {
      good = [];
      for (const p of batch) {
        const one = (await checker.build([p.appointment], sender, buildOpts)).result;
        if (one.ok) good.push(p);
        else {
          errorCount++;
          if (errors.length < MAX_LISTED_ERRORS)
            errors.push({
              file: path.basename(file),
              line: p.line,
              message: `appointment ${p.appointment.appointmentId} does not fit the AppointmentData schema: ${one.problems
                .map((x) => formatXmlProblem(x).replace(/\.+\s*$/, ''))
                .join('; ')}`,
              hint: 'Correct the value in the scheduling software, or adjust the mapping profile',
            });
        }
      }
      batch = [];
      if (good.length === 0) return;
      checked = await checker.build(appointmentsOf(good), sender, buildOpts);
      if (!checked.result.ok)
        throw new Error(
          `internal: a re-built batch failed validation: ${formatXmlProblem(checked.result.problems[0]!)}`,
        );
    }
    const xml = checked.xml;
    const name = `${base}-${String(written.length + 1).padStart(3, '0')}.xml`;
    writeOut(xml, name);
    written.push({ file: toStdout ? '-' : path.join(outDir, name), appointments: good.length });
    converted += good.length;
    batch = [];
  };

  let summary: ImportSummary;
  try {
    const gen = importBatches(file, opts, {
      onTable: (p) => (profileLine = describeProfileLine(p)),
      onPassThrough: () => (profileLine = 'none (AppointmentData document: validated and passed through)'),
    });
    for (;;) {
      const r = await gen.next();
      if (r.done) {
        summary = r.value;
        break;
      }
      for (const item of r.value) {
        if (item.kind === 'appointment') {
          batch.push({ line: item.line, appointment: item.appointment });
          if (batch.length >= batchSize) await flush();
        } else if (item.kind === 'skipped') skipped.add(item.reason, item.line);
        else {
          errorCount++;
          if (errors.length < MAX_LISTED_ERRORS) errors.push(item.error);
        }
      }
    }
    await flush();
    checker.save();
  } catch (e) {
    if (e instanceof ExportFileError) {
      // Staged documents are dropped: a file that cannot be read whole is not half converted.
      if (values.json) console.log(JSON.stringify({ ok: false, fileError: e.error, written: [] }, null, 2));
      else console.error(formatRowError(e.error));
      return 2;
    }
    throw e;
  }

  const doubts = summary.doubts ?? [];
  const held = doubts.length > 0 && !values['accept-guess'];
  if (held) {
    const n = doubts.length;
    if (values.json) {
      const text = JSON.stringify(
        { ok: false, held: true, file: path.basename(file), profile: profileLine, doubts, documents: [] },
        null,
        2,
      );
      if (toStdout) console.error(text);
      else console.log(text);
    } else
      console.error(
        [
          `${path.basename(file)}: not converted — the connector is not sure of ${n === 1 ? '1 thing' : `${n} things`}, so nothing was written:`,
          `  profile: ${profileLine}`,
          ...doubts.map((d) => `  - ${formatDoubt(d)}`),
          `Confirm the mapping once (appt-connector detect ${path.basename(file)} --save, or mapping confirm --practice NAME),`,
          'or give --accept-guess to convert it anyway.',
        ].join('\n'),
      );
    return 1;
  }
  await publish();
  const skippedRows = skipped.list();
  const report = {
    ok: converted > 0 || errorCount === 0,
    file: path.basename(file),
    profile: profileLine,
    rowsRead: summary.rowsRead,
    appointments: converted,
    byStatus: summary.byStatus,
    skipped: summary.skipped,
    skippedByReason: Object.fromEntries(skippedRows.map((r) => [r.reason, r.count])),
    skippedRows,
    errors: errorCount,
    errorMessages: errors.map(formatRowError),
    documents: written,
    ...(doubts.length ? { acceptedGuess: true, doubts } : {}),
    ...(summary.range
      ? { range: { from: summary.range.from.toISOString(), to: summary.range.to.toISOString() } }
      : {}),
  };
  if (values.json) {
    const text = JSON.stringify(report, null, 2);
    if (toStdout) console.error(text);
    else console.log(text);
  } else {
    const lines = [
      ...(doubts.length
        ? [
            `WARNING: converted with --accept-guess although the connector is not sure of ${plural(doubts.length, 'thing')}:`,
            ...doubts.map((d) => `  - ${formatDoubt(d)}`),
          ]
        : []),
      `${report.file}: ${plural(report.rowsRead, 'row')} read, ${plural(converted, 'appointment')} converted ` +
        `(NEW ${summary.byStatus.NEW}, CANCEL ${summary.byStatus.CANCEL}), ${summary.skipped} skipped, ${errorCount} errors`,
      `  profile: ${profileLine}`,
      ...written.slice(0, 5).map((w) => `  wrote ${w.file} (${plural(w.appointments, 'appointment')})`),
      ...(written.length > 5
        ? [
            `  ... ${plural(written.length, 'document')} in all (${written[written.length - 1]!.file} is the last)`,
          ]
        : []),
      ...skippedRows.map((r) => `  skipped ${formatSkippedRows(r)}`),
      ...errors.map((e) => `  error: ${formatRowError(e)}`),
      ...(errorCount > errors.length ? [`  ... and ${errorCount - errors.length} more errors`] : []),
    ];
    console.error(displayLines(lines.join('\n')));
  }
  return report.ok ? 0 : 1;
}
