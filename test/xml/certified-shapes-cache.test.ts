// The cache of certified shapes kept across runs (certified-shapes-cache.ts) and the checker that
// uses it (batch-checker.ts): an entry is used only for the XSD, code and libxml2 it was made
// with; a damaged file is ignored; rules read back from it are exactly those read from the XSD;
// and the fast path fed from the cache never accepts what libxml2 refuses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Appointment } from '../../main/model/appointment.ts';
import { appointmentDataSchema, getAppointmentDataXsd } from '../../main/xml/appointment-data-schema.ts';
import { BatchChecker } from '../../main/xml/batch-checker.ts';
import { buildCheckedAppointmentData, resetCertifiedShapes } from '../../main/xml/build-checked-batch.ts';
import {
  cacheDir,
  readShapeCache,
  shapeCacheKey,
  writeShapeCache,
  type ShapeCache,
} from '../../main/xml/certified-shapes-cache.ts';
import { appointmentShape } from '../../main/xml/checked-writer.ts';
import { compileLeafRules, type LeafRules } from '../../main/xml/leaf-checks.ts';
import { mutationSweep, sweepBase } from './mutation-sweep.ts';
import { sampleAppointment } from './sample-appointments.ts';

const sender = {
  vendorName: 'V',
  deviceName: 'D',
  deviceVersion: '1',
  localTime: new Date('2026-12-01T15:45:00Z'),
};

let dir: string;
let cache: ShapeCache;
const rules = (): LeafRules => appointmentDataSchema().leafRules;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shape-cache-'));
  cache = {
    file: path.join(dir, 'certified-shapes.json'),
    key: shapeCacheKey(getAppointmentDataXsd(), 'code-1', '0.5.0'),
  };
  resetCertifiedShapes();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the cache file', () => {
  it('gives back what was kept, for the same key only', () => {
    writeShapeCache(cache, { rules: rules(), shapes: ['RAP', 'AP', 'RAP'] });
    expect(readShapeCache(cache)).toEqual({ rules: rules(), shapes: ['AP', 'RAP'] });
    const xsd = getAppointmentDataXsd();
    // One character more in the XSD, another build of the sources, another libxml2: another key.
    for (const key of [
      shapeCacheKey(`${xsd} `, 'code-1', '0.5.0'),
      shapeCacheKey(xsd, 'code-2', '0.5.0'),
      shapeCacheKey(xsd, 'code-1', '0.5.1'),
    ]) {
      expect(key).not.toBe(cache.key);
      expect(readShapeCache({ file: cache.file, key })).toBeUndefined();
    }
  });

  it('is ignored when missing, cut short, not JSON, edited, or holding a shape the writer cannot make', () => {
    expect(readShapeCache(cache)).toBeUndefined();
    writeShapeCache(cache, { rules: rules(), shapes: ['AP'] });
    const good = fs.readFileSync(cache.file, 'utf8');
    const variants = [
      good.slice(0, good.length / 2),
      'not json',
      '',
      'null',
      good.replace('"AP"', '"APC"'), // a shape added by hand: the checksum no longer matches
      good.replace('"maxLength":50', '"maxLength":5000'), // a rule loosened by hand: same
    ];
    for (const text of variants) {
      expect(text).not.toBe(good);
      fs.writeFileSync(cache.file, text);
      expect(readShapeCache(cache)).toBeUndefined();
    }
    // Even with a matching checksum, only shapes appointmentShape can produce are taken.
    writeShapeCache(cache, { rules: rules(), shapes: ['AP', 'X'] });
    expect(readShapeCache(cache)).toBeUndefined();
  });

  it('keeps the rules exactly as read from the XSD (a JSON round trip changes nothing)', () => {
    writeShapeCache(cache, { rules: rules(), shapes: [] });
    const back = readShapeCache(cache)!.rules;
    expect(JSON.stringify(back)).toBe(JSON.stringify(rules()));
    expect(Object.keys(back)).toContain('Appointments');
    expect(back.Patient!.LastName).toMatchObject({ maxLength: 50, minLength: 1 });
  });

  it('compiles a rule whose numbers did not survive (null, text, negative) to "no", never to "yes"', () => {
    const broken: LeafRules = {
      Patient: {
        LastName: {
          base: 'xs:string',
          enumeration: [],
          patterns: [],
          minLength: 1,
          maxLength: null as unknown as number,
        },
        FirstName: { base: 'xs:string', enumeration: [], patterns: [], maxLength: '5' as unknown as number },
        Email: { base: 'xs:string', enumeration: [], patterns: [], maxLength: -1 },
        Zip: { base: 'xs:decimal', enumeration: [], patterns: [], minInclusive: null as unknown as number },
        Other: { base: 'xs:string', enumeration: 'NEW' as unknown as string[], patterns: [] },
      },
    };
    const checks = compileLeafRules(broken).get('Patient')!;
    for (const [name, value] of [
      ['LastName', 'Lindholm'],
      ['FirstName', 'Greta'],
      ['Email', 'a@b.c'],
      ['Zip', '0'],
      ['Other', 'NEW'],
    ] as const)
      expect({ name, ok: checks.get(name)!(value) }).toEqual({ name, ok: false });
  });

  it('compiled checks remember only the last value they accepted: a refusal is never remembered', () => {
    const check = compileLeafRules({
      P: {
        N: {
          base: 'xs:string',
          whiteSpace: 'collapse',
          enumeration: [],
          patterns: [],
          minLength: 1,
          maxLength: 3,
        },
      },
    })
      .get('P')!
      .get('N')!;
    expect([check('abc'), check('abcd'), check('abc'), check(' '), check('abcd'), check('ab')]).toEqual([
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('lives in the operating system cache folder unless APPT_CONNECTOR_CACHE_DIR says otherwise', () => {
    const home = os.homedir();
    expect(cacheDir({ APPT_CONNECTOR_CACHE_DIR: dir }, 'linux')).toBe(dir);
    expect(cacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe(path.join('/x/cache', 'appt-connector'));
    expect(cacheDir({}, 'linux')).toBe(path.join(home, '.cache', 'appt-connector'));
    expect(cacheDir({}, 'darwin')).toBe(path.join(home, 'Library', 'Caches', 'appt-connector'));
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(
      path.join('C:\\Users\\a\\AppData\\Local', 'appt-connector', 'Cache'),
    );
  });
});

describe('BatchChecker', () => {
  const batch = (from: number, over: Partial<Appointment> = {}): Appointment[] =>
    [0, 1, 2, 3, 4, 5].map((i) => sampleAppointment(from + i, over));

  it('certifies with libxml2 once, keeps it, and a later run with the cache never loads libxml2', async () => {
    const first = BatchChecker.open(cache);
    expect(first.fromCache).toBe(false);
    const a = await first.build(batch(0), sender, { timeZone: 'UTC' });
    expect(a.checkedBy).toBe('libxml2');
    expect(first.libxml2Loaded).toBe(true);
    first.save();
    expect(readShapeCache(cache)!.shapes).toEqual([...new Set(batch(0).map(appointmentShape))].sort());

    const next = BatchChecker.open(cache);
    expect(next.fromCache).toBe(true);
    const b = await next.build(batch(6), sender, { timeZone: 'UTC' });
    expect(b.checkedBy).toBe('certified');
    expect(next.libxml2Loaded).toBe(false);
    // The same document, and the same verdict, as the synchronous builder with libxml2.
    const ref = buildCheckedAppointmentData(batch(6), sender, { timeZone: 'UTC' });
    expect(b.xml).toBe(ref.xml);
    expect(b.result).toEqual(ref.result);

    // A new shape still goes to libxml2, and is kept for the run after.
    const c = await next.build(batch(12, { copayment: { amount: '5' } }), sender);
    expect(c.checkedBy).toBe('libxml2');
    next.save();
    expect(readShapeCache(cache)!.shapes).toContain(
      appointmentShape(sampleAppointment(12, { copayment: { amount: '5' } })),
    );
  });

  it('reports libxml2 problems for a bad value even when every shape comes from the cache', async () => {
    writeShapeCache(cache, { rules: rules(), shapes: batch(0).map(appointmentShape) });
    const checker = BatchChecker.open(cache);
    const bad = batch(0);
    bad[2]!.patient.lastName = ' ';
    const r = await checker.build(bad, sender);
    expect(r.checkedBy).toBe('libxml2');
    expect(r.result.ok).toBe(false);
    if (!r.result.ok)
      expect(r.result.problems.map((p) => p.message)).toEqual([
        "Appointment A-100002: element 'LastName' is empty",
      ]);
  });

  it('never accepts on the fast path, fed from the cache, what libxml2 refuses (mutation sweep)', async () => {
    writeShapeCache(cache, { rules: rules(), shapes: [appointmentShape(sweepBase())] });
    const checker = BatchChecker.open(cache);
    const fast = await mutationSweep(sender, (a, s) => checker.build([a], s));
    expect(fast).toBeGreaterThan(30);
  });
});
