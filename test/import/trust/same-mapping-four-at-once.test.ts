// The second half of same-mapping-in-any-order (see there why a file must map the same whatever
// was read before it): the runners of several practices read their exports at the same time, so
// every corpus layout is mapped in one shuffled order, then again four at a time interleaved in
// another, in this one process, and every file's whole outcome must be identical.
import { describe, expect, it } from 'vitest';
import { differences, interleaved, names, oneByOne, shuffled } from './mapping-outcomes.ts';

describe('a file maps the same whatever is read beside it in the process', () => {
  it('every corpus layout: one by one, then four readers at once, give identical outcomes', async () => {
    const orderA = shuffled(names, 4901);
    const orderC = shuffled(names, 4903);
    expect([...orderC].sort()).toEqual([...names].sort());
    expect(orderC).not.toEqual(orderA);

    const first = await oneByOne(orderA);
    const together = await interleaved(orderC, 4);
    expect(first.size).toBe(names.length);
    expect(together.size).toBe(names.length);
    expect(differences(first, together), 'four at a time').toEqual([]);
  }, 480_000); // 184 s at load 35 with the other half beside it
});
