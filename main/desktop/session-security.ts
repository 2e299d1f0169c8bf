// App-wide hardening, applied once at start: the CSP as a response header for every page the
// default session loads; every permission request (camera, notifications from the page,
// geolocation...) refused, since the windows need none; and any web contents created by any
// route (not only our window factory) denied pop-ups and navigation.
import { app, session } from 'electron';
import { RENDERER_CSP } from './csp.ts';

export function setupSessionSecurity(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
}
