// The fast build+validate path: libxml2 certifies each new appointment shape, XSD-derived
// value checks cover the rest, and the fast path never accepts what libxml2 would refuse.
import {
  appointmentShape,
  buildCheckedAppointmentData,
  resetCertifiedShapes,
} from '../../main/xml/build-checked-batch.ts';
import { isXsDateTime, xsdPatternToRegExp } from '../../main/xml/leaf-checks.ts';
import { LEAVES, writeAppointmentData } from '../../main/xml/build-appointment-data.ts';
import { appointmentDataSchema } from '../../main/xml/appointment-data-schema.ts';
import { create } from 'xmlbuilder2';
import { mutationSweep, sweepBase } from './mutation-sweep.ts';
import { sampleAppointment } from './sample-appointments.ts';

const sender = {
  vendorName: 'V',
  deviceName: 'D',
  deviceVersion: '1',
  localTime: new Date('2026-12-01T15:45:00Z'),
};

beforeEach(() => resetCertifiedShapes());

describe('buildCheckedAppointmentData', () => {
  it('uses libxml2 for a new shape, then the certified fast path, with the same verdict', () => {
    const batch = [0, 1, 2, 3, 4, 5].map((i) => sampleAppointment(i));
    const first = buildCheckedAppointmentData(batch, sender, { timeZone: 'UTC' });
    expect(first.checkedBy).toBe('libxml2');
    expect(first.result).toEqual({ ok: true, appointmentIds: batch.map((a) => a.appointmentId) });
    const again = buildCheckedAppointmentData(
      [6, 7, 8, 9, 10, 11].map((i) => sampleAppointment(i)),
      sender,
      { timeZone: 'UTC' },
    );
    expect(again.checkedBy).toBe('certified');
    expect(again.result).toEqual({
      ok: true,
      appointmentIds: ['A-100006', 'A-100007', 'A-100008', 'A-100009', 'A-100010', 'A-100011'],
    });
    const withCopay = sampleAppointment(12, { copayment: { amount: '5' } });
    expect(buildCheckedAppointmentData([withCopay], sender).checkedBy).toBe('libxml2');
  });

  it('returns libxml2 problems, naming the appointment, when a value is bad', () => {
    buildCheckedAppointmentData([sampleAppointment(0)], sender); // certify the shape
    const bad = sampleAppointment(2);
    bad.patient.lastName = ' ';
    const r = buildCheckedAppointmentData([sampleAppointment(0), bad], sender);
    expect(r.checkedBy).toBe('libxml2');
    expect(r.result.ok).toBe(false);
    if (!r.result.ok)
      expect(r.result.problems.map((p) => p.message)).toEqual([
        "Appointment A-100002: element 'LastName' is empty",
      ]);
  });

  it('turns an invalid Date into a problem for that appointment, not an exception', () => {
    const r = buildCheckedAppointmentData([sampleAppointment(0, { start: new Date('nope') })], sender);
    expect(r.result.ok).toBe(false);
    if (!r.result.ok)
      expect(r.result.problems[0]!.message).toBe("Appointment A-100000: element 'Time' is empty");
  });

  it('never accepts on the fast path what libxml2 refuses (mutation sweep)', async () => {
    buildCheckedAppointmentData([sweepBase()], sender); // certify
    const fast = await mutationSweep(sender, (a, s) => buildCheckedAppointmentData([a], s));
    expect(fast).toBeGreaterThan(50); // the fast path is really used
  });

  it('gives equal shapes to appointments with the same optional parts', () => {
    expect(appointmentShape(sampleAppointment(0))).toBe(appointmentShape(sampleAppointment(6)));
    expect(appointmentShape(sampleAppointment(0))).not.toBe(appointmentShape(sampleAppointment(1)));
  });
});

describe('leaf checks', () => {
  it('translate the XSD patterns we use, and refuse what they do not understand', () => {
    const uuid = xsdPatternToRegExp('\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}\\s*')!;
    expect(uuid.test(' 1c7ecf9f-9700 ')).toBe(true);
    expect(uuid.test('1c7ecf9f-970')).toBe(false);
    const zone = xsdPatternToRegExp('.+T.+(Z|[+\\-]\\d{2}:\\d{2})')!;
    expect(zone.test('2026-12-01T07:45:00-08:00')).toBe(true);
    expect(zone.test('2026-12-01T07:45:00')).toBe(false);
    expect(xsdPatternToRegExp('^a$')).toBeUndefined();
    expect(xsdPatternToRegExp('\\p{L}+')).toBeUndefined();
    expect(xsdPatternToRegExp('[a-z-[aeiou]]')).toBeUndefined();
  });

  it('check xs:dateTime fields, not just the shape', () => {
    expect(isXsDateTime('2028-02-29T23:59:59.999Z')).toBe(true);
    expect(isXsDateTime('2026-02-29T00:00:00')).toBe(false);
    expect(isXsDateTime('2026-04-31T00:00:00')).toBe(false);
    expect(isXsDateTime('2026-12-01T10:00:00+14:30')).toBe(false);
  });
});

describe('the leaves the writer tells its value checks about', () => {
  // Every value the writer emits, found by parsing its output with xmlbuilder2's DOM (not the
  // writer's own table): [parent, name, value] of each text-only element and Sender attribute.
  function leavesInXml(xml: string): string[] {
    const out: string[] = [];
    const walk = (el: Element): void => {
      if (el.localName === 'Sender')
        for (const a of Array.from(el.attributes)) out.push(`Sender/@${a.name}=${a.value}`);
      const kids = Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
      // An empty <InsuranceInfo/> is a complex element with no parts, not a text leaf.
      const complex = el.localName === 'Sender' || el.localName === 'InsuranceInfo';
      if (kids.length === 0 && !complex && el.parentElement)
        out.push(`${el.parentElement.localName}/${el.localName}=${el.textContent ?? ''}`);
      kids.forEach(walk);
    };
    walk(create(xml).root().node as unknown as Element);
    return out.sort();
  }

  it('names each leaf by its real parent and name, for every optional part', () => {
    const full = sampleAppointment(0, {
      copayment: { amount: '15.00' },
      balance: { dueBy: new Date('2027-01-05T08:00:00Z'), amount: '40.5' },
    });
    full.patient.insurance = [{ status: 'PRIMARY', groupNumber: 'G-1', memberId: 'M-2' }, {}];
    const seen: string[] = [];
    const xml = writeAppointmentData([full, sampleAppointment(1)], sender, { timeZone: 'UTC' }, (l, v) =>
      seen.push(`${LEAVES[l]![0]}/${LEAVES[l]![1]}=${v}`),
    );
    expect(seen.sort()).toEqual(leavesInXml(xml));
    // Every kind of leaf was reached (the two postal addresses, insurance, copayment, balance).
    expect(new Set(seen.map((s) => s.split('=')[0])).size).toBe(LEAVES.length);
  });

  it('has a rule compiled from the XSD for every leaf, so no value goes unchecked', () => {
    const rules = appointmentDataSchema().leafRules;
    const unruled = LEAVES.filter(([p, n]) => !rules[p]?.[n]).map(([p, n]) => `${p}/${n}`);
    expect(unruled).toEqual([]);
  });
});
