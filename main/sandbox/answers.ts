// The XML documents the sandbox answers with, shaped like Medfusion's: the 202 ProcessingResponse
// (as on the appointmentsdata page) and the ProcessingStatus document (as in the vendor's captures,
// spec §4): one envelope message, then one message per appointment with PracticeResourceId.
import type { SandboxJob } from './store.ts';

/** For element text (the only place values go in these documents). */
export function escapeXml(s: string): string {
  return s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);
}

/** `2020-09-18T09:50:21`: the zone-less form seen in Medfusion's captures (UTC here). */
export function statusDate(iso: string): string {
  return iso.slice(0, 19);
}

export function processingResponseXml(job: Pick<SandboxJob, 'dataJobId' | 'messageId'>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ProcessingResponse xmlns:ns2="http://schema.intuit.com/health/appointmentsData/v1" xmlns:ns3="http://schema.medfusion.com/appointmentsdata/v1">',
    `   <DataJobId>${escapeXml(job.dataJobId)}</DataJobId>`,
    `   <MessageId>${escapeXml(job.messageId)}</MessageId>`,
    '   <ProcessingStatus>Successful</ProcessingStatus>',
    '   <ResponseMessage></ResponseMessage>',
    '</ProcessingResponse>',
    '',
  ].join('\n');
}

function messageXml(m: {
  messageId: string;
  resourceId?: string;
  state: string;
  date: string;
  error?: { code: string; description: string; severity: string };
}): string {
  const lines = [
    '  <Message>',
    `    <MessageId>${escapeXml(m.messageId)}</MessageId>`,
    ...(m.resourceId ? [`    <PracticeResourceId>${escapeXml(m.resourceId)}</PracticeResourceId>`] : []),
    `    <Status><State>${m.state}</State><StatusDate>${statusDate(m.date)}</StatusDate></Status>`,
  ];
  if (m.error) {
    lines.push(
      `    <Error><Code>${escapeXml(m.error.code)}</Code><Description>${escapeXml(m.error.description)}</Description><Severity>${escapeXml(m.error.severity)}</Severity></Error>`,
    );
  }
  lines.push('  </Message>');
  return lines.join('\n');
}

export function processingStatusXml(job: SandboxJob): string {
  const done = job.processedAt;
  const messages = [
    messageXml({
      messageId: job.messageId,
      state: done ? 'COMPLETED' : 'INPROGRESS',
      date: done ?? job.receivedAt,
    }),
    ...job.items.map((item) => {
      const r = job.results?.find((x) => x.messageId === item.messageId);
      return messageXml({
        messageId: item.messageId,
        resourceId: item.appointment.appointmentId,
        state: r?.state ?? 'INPROGRESS',
        date: done ?? job.receivedAt,
        ...(r?.error ? { error: r.error } : {}),
      });
    }),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ns2:ProcessingStatus xmlns:ns2="http://schema.intuit.com/health/v1">',
    `  <DataJobId>${escapeXml(job.dataJobId)}</DataJobId>`,
    ...messages,
    '</ns2:ProcessingStatus>',
    '',
  ].join('\n');
}
