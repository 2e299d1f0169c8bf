// outcomesFrom (the track step), round 53e: with an ERROR the report puts on none of the batch's
// ids. Before, every unnamed appointment of a finished report was COMPLETED: the refused one was
// remembered as stored and never sent again.
import { outcomesFrom } from '../../main/engine/job/track-job.ts';
import { readProcessingStatus } from '../../main/medfusion/read-processing.ts';

describe('outcomesFrom: an ERROR that names none of the batch', () => {
  const batch = { index: 0, appointmentIds: ['A-1', 'A-2', 'A-3'] };
  const doc = (messages: string) =>
    readProcessingStatus(`<ProcessingStatus><DataJobId>D</DataJobId>${messages}</ProcessingStatus>`);
  const msg = (state: string, id?: string, error?: string) =>
    `<Message><MessageId>m</MessageId>${id ? `<PracticeResourceId>${id}</PracticeResourceId>` : ''}<Status><State>${state}</State></Status>${error ? `<Error><Description>${error}</Description></Error>` : ''}</Message>`;

  it('an envelope ERROR beside per-appointment messages for two of three: the third is refused, the two COMPLETED', () => {
    const out = outcomesFrom(
      batch,
      doc(msg('ERROR', undefined, 'one failed') + msg('COMPLETED', 'A-1') + msg('COMPLETED', 'A-2')),
    );
    expect(out['A-1']).toEqual({ state: 'COMPLETED' });
    expect(out['A-2']).toEqual({ state: 'COMPLETED' });
    expect(out['A-3']!.state).toBe('ERROR');
    expect(out['A-3']!.error).toBe(
      'Medfusion reported an error in this batch without naming this appointment (one failed): it is sent again with the next export or a Retry.',
    );
  });

  it('resource ids that are not ours, one ERROR: all three refused (any could be it)', () => {
    const out = outcomesFrom(
      batch,
      doc(msg('COMPLETED') + msg('COMPLETED', '91') + msg('ERROR', '92', 'x') + msg('COMPLETED', '93')),
    );
    expect(Object.values(out).map((o) => o.state)).toEqual(['ERROR', 'ERROR', 'ERROR']);
  });

  it('every id named, envelope ERROR: each keeps its own state', () => {
    const out = outcomesFrom(
      batch,
      doc(msg('ERROR') + msg('COMPLETED', 'A-1') + msg('ERROR', 'A-2', 'e') + msg('COMPLETED', 'A-3')),
    );
    expect(Object.values(out).map((o) => o.state)).toEqual(['COMPLETED', 'ERROR', 'COMPLETED']);
  });

  it('no ERROR anywhere, one id unnamed: COMPLETED (as before)', () => {
    const out = outcomesFrom(
      batch,
      doc(msg('COMPLETED') + msg('COMPLETED', 'A-1') + msg('COMPLETED', 'A-2')),
    );
    expect(out['A-3']).toEqual({ state: 'COMPLETED' });
  });

  it('not finished: the unnamed one is INPROGRESS, whatever the errors so far', () => {
    const out = outcomesFrom(batch, doc(msg('ERROR', '92', 'x') + msg('INPROGRESS', 'A-1')));
    expect(out['A-3']).toEqual({ state: 'INPROGRESS' });
  });
});
