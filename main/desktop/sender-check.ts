// Decides whether an IPC message comes from one of our own windows: the sender must be a
// webContents we created AND the sending frame must be its main frame showing our page (the
// packaged index.html or, in development, the Vite dev server's origin). A message from any other
// webContents, a subframe, or a page that somehow navigated elsewhere is refused.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export interface SenderLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface TrustedPages {
  /** The built renderer page (build-layout.ts RENDERER_PAGE under the app root). */
  indexHtml: string;
  /** Vite dev server origin during development, e.g. http://localhost:5173. */
  devOrigin?: string;
}

export function isOurPage(url: string, pages: TrustedPages): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    return path.resolve(fileURLToPath(parsed)) === path.resolve(pages.indexHtml);
  }
  return pages.devOrigin !== undefined && parsed.origin === new URL(pages.devOrigin).origin;
}

export function isTrustedSender(
  event: SenderLike,
  ourWebContentsIds: ReadonlySet<number>,
  pages: TrustedPages,
): boolean {
  if (!ourWebContentsIds.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isOurPage(frame.url, pages);
}
