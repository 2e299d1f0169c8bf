import { readProcessingResponse, readProcessingStatus } from '../../main/medfusion/read-processing.ts';
import { readSample } from '../sandbox/documents.ts';

describe('reading Medfusion answer documents', () => {
  it("reads the API page's ProcessingResponse sample", () => {
    expect(readProcessingResponse(readSample('medfusion_doc_processing_response.xml'))).toEqual({
      dataJobId: '652a26dc-2524-4ed2-9c58-6e7ea7384a2c',
      messageId: '81e083a7-29c6-453d-864c-f6d8f3644eb5',
      processingStatus: 'Successful',
      responseMessage: undefined,
    });
  });

  it('ignores namespaces and letter case (the status page sample uses dataJobId/messageId)', () => {
    const xml = `<?xml version="1.0"?><x:processingResponse xmlns:x="urn:any"><x:dataJobId>J1</x:dataJobId><messageId>M1</messageId><ProcessingStatus>Successful</ProcessingStatus></x:processingResponse>`;
    expect(readProcessingResponse(xml)).toMatchObject({ dataJobId: 'J1', messageId: 'M1' });
  });

  it('reads a vendor-shaped ProcessingStatus: envelope + per-resource messages, Error children', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<ns2:ProcessingStatus xmlns:ns2="http://schema.intuit.com/health/v1">
  <DataJobId>DJ-1</DataJobId>
  <Message><MessageId>M0</MessageId><Status><State>COMPLETED</State><StatusDate>2020-09-18T09:50:21</StatusDate></Status></Message>
  <Message><MessageId>M1</MessageId><PracticeResourceId>A-1</PracticeResourceId><Status><State>COMPLETED</State><StatusDate>2020-09-18T09:50:21</StatusDate></Status></Message>
  <Message><MessageId>M2</MessageId><PracticeResourceId>A-2</PracticeResourceId><Status><State>ERROR</State><StatusDate>2020-09-18T09:50:22</StatusDate></Status>
    <Error><ErrorCode>APPNT_CORE_SRV_014</ErrorCode><Description>Bad Request: patient 787 is deactivated</Description><Severity>FATAL</Severity></Error></Message>
</ns2:ProcessingStatus>`;
    const r = readProcessingStatus(xml);
    expect(r.dataJobId).toBe('DJ-1');
    expect(r.finished).toBe(true);
    expect(r.messages.map((m) => [m.practiceResourceId, m.state])).toEqual([
      [undefined, 'COMPLETED'],
      ['A-1', 'COMPLETED'],
      ['A-2', 'ERROR'],
    ]);
    expect(r.messages[2]!.error).toMatchObject({
      code: 'APPNT_CORE_SRV_014',
      description: 'Bad Request: patient 787 is deactivated',
      severity: 'FATAL',
    });
  });

  it('is not finished while any State is INPROGRESS or unknown', () => {
    const doc = (s: string) =>
      `<ProcessingStatus><DataJobId>D</DataJobId><Message><MessageId>M</MessageId><Status><State>COMPLETED</State></Status></Message><Message><MessageId>N</MessageId><Status><State>${s}</State></Status></Message></ProcessingStatus>`;
    expect(readProcessingStatus(doc('INPROGRESS')).finished).toBe(false);
    expect(readProcessingStatus(doc('QUEUED')).finished).toBe(false);
    expect(readProcessingStatus(doc('error')).finished).toBe(true);
    expect(readProcessingStatus('<ProcessingStatus/>').finished).toBe(false);
  });
});
