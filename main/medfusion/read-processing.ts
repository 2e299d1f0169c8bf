// Reading Medfusion's two answer documents, ProcessingResponse (after a POST) and
// ProcessingStatus (GET processingStatus), by LOCAL name, case-insensitively, ignoring
// namespaces: the samples disagree on namespace and even on casing (spec §3, §4).
import {
  childElements,
  findDescendant,
  findDescendants,
  localNameOf,
  textOf,
  withXmlDocument,
  type XmlElement,
} from '../xml/safe-xml.ts';
import type { ProcessingError, ProcessingMessage, ProcessingStatusReport } from './outcomes.ts';

export interface ProcessingResponse {
  dataJobId?: string;
  messageId?: string;
  processingStatus?: string;
  responseMessage?: string;
}

/** Empty strings count as absent. */
function nonEmpty(v: string | undefined): string | undefined {
  return v ? v : undefined;
}

/** Text of the first element with this local name anywhere under root (root included). */
function deepText(root: XmlElement, name: string): string | undefined {
  if (localNameOf(root).toLowerCase() === name.toLowerCase()) return nonEmpty(root.content.trim());
  return nonEmpty(findDescendant(root, name)?.content.trim());
}

/** @throws XmlSyntaxError / XmlSecurityError when the body is not acceptable XML. */
export function readProcessingResponse(xml: string): ProcessingResponse {
  return withXmlDocument(
    xml,
    (_doc, root) => ({
      dataJobId: deepText(root, 'DataJobId'),
      messageId: deepText(root, 'MessageId'),
      processingStatus: deepText(root, 'ProcessingStatus'),
      responseMessage: deepText(root, 'ResponseMessage'),
    }),
    'ProcessingResponse',
  );
}

const TERMINAL = new Set(['COMPLETED', 'ERROR']);

function readError(el: XmlElement): ProcessingError {
  const description = nonEmpty(textOf(el, 'Description'));
  const severity = nonEmpty(textOf(el, 'Severity'));
  // The code's element name is not published: take the first other child with text.
  const other = childElements(el).find(
    (c) => !['description', 'severity'].includes(localNameOf(c).toLowerCase()) && c.content.trim(),
  );
  return {
    ...(other ? { code: other.content.trim() } : {}),
    ...(description ? { description } : {}),
    ...(severity ? { severity } : {}),
    text: el.content.replace(/\s+/g, ' ').trim(),
  };
}

function readMessage(el: XmlElement): ProcessingMessage {
  const state = nonEmpty(textOf(el, 'Status', 'State') ?? textOf(el, 'State'))?.toUpperCase();
  const statusDate = nonEmpty(textOf(el, 'Status', 'StatusDate') ?? textOf(el, 'StatusDate'));
  const errorEl = findDescendant(el, 'Error');
  const m: ProcessingMessage = {};
  const messageId = nonEmpty(textOf(el, 'MessageId'));
  const resource = nonEmpty(textOf(el, 'PracticeResourceId'));
  if (messageId) m.messageId = messageId;
  if (resource) m.practiceResourceId = resource;
  if (state) m.state = state;
  if (statusDate) m.statusDate = statusDate;
  if (errorEl) m.error = readError(errorEl);
  return m;
}

/** @throws XmlSyntaxError / XmlSecurityError when the body is not acceptable XML. */
export function readProcessingStatus(xml: string): ProcessingStatusReport {
  return withXmlDocument(
    xml,
    (_doc, root) => {
      const messages = findDescendants(root, 'Message').map(readMessage);
      return {
        ...(deepText(root, 'DataJobId') ? { dataJobId: deepText(root, 'DataJobId') } : {}),
        messages,
        finished: messages.length > 0 && messages.every((m) => TERMINAL.has(m.state ?? '')),
      };
    },
    'ProcessingStatus',
  );
}
