// arrivalTime: a new export's arrival never goes before the practice's newest job, whatever the
// computer's clock says (round 53e: with the clock moved back an hour, a newer export's change was
// skipped as "left as the later export had it").
import { arrivalTime } from '../../main/engine/job/arrival-time.ts';

const at = (iso: string) => new Date(iso);

test('the clock ahead of the newest job: the clock', () => {
  expect(arrivalTime(at('2027-03-01T10:00:00Z'), { receivedAt: '2027-03-01T09:59:00.000Z' })).toEqual(
    at('2027-03-01T10:00:00Z'),
  );
});

test('the clock moved back an hour: 1 ms after the newest job', () => {
  expect(arrivalTime(at('2027-03-01T09:05:00Z'), { receivedAt: '2027-03-01T10:00:00.000Z' })).toEqual(
    at('2027-03-01T10:00:00.001Z'),
  );
});

test('the same millisecond as the newest job: 1 ms after it (arrivals never tie)', () => {
  expect(arrivalTime(at('2027-03-01T10:00:00Z'), { receivedAt: '2027-03-01T10:00:00.000Z' })).toEqual(
    at('2027-03-01T10:00:00.001Z'),
  );
});

test('no job yet, or a receivedAt that cannot be read: the clock', () => {
  expect(arrivalTime(at('2027-03-01T10:00:00Z'), undefined)).toEqual(at('2027-03-01T10:00:00Z'));
  expect(arrivalTime(at('2027-03-01T10:00:00Z'), { receivedAt: 'garbled' })).toEqual(
    at('2027-03-01T10:00:00Z'),
  );
});
