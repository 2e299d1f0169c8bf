// Session-wide hardening, applied once at start: the CSP as a response header for every page the
// default session loads, and every permission request (camera, notifications from the page,
// geolocation...) refused: the windows need none.
import { session } from 'electron';
import { RENDERER_CSP } from './csp.ts';

export function setupSessionSecurity(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}
