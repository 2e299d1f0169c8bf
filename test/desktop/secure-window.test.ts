// Secure window defaults cannot be weakened by a caller; navigation and new windows are denied;
// the session sends the CSP header and refuses permission requests.
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow, FakeWebContents, fake, resetFakeElectron } from '../support/fake-electron.ts';

const { createSecureWindow, secureWindowOptions } = await import('../../main/desktop/secure-window.ts');
const { setupSessionSecurity } = await import('../../main/desktop/session-security.ts');
const { RENDERER_CSP } = await import('../../main/desktop/csp.ts');

describe('secure windows', () => {
  beforeEach(() => resetFakeElectron());

  it('a caller asking for node integration, no sandbox or its own preload gets the secure values', () => {
    const opts = secureWindowOptions(
      {
        width: 800,
        webPreferences: {
          nodeIntegration: true,
          contextIsolation: false,
          sandbox: false,
          webSecurity: false,
          webviewTag: true,
          allowRunningInsecureContent: true,
          preload: '/tmp/evil.js',
        },
      },
      '/app/dist-electron/preload.cjs',
    );
    expect(opts.width).toBe(800);
    expect(opts.webPreferences).toMatchObject({
      nodeIntegration: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      preload: '/app/dist-electron/preload.cjs',
    });
  });

  it('denies window.open and every navigation away from the page', () => {
    createSecureWindow({ title: 't' }, '/p.cjs');
    const contents = FakeBrowserWindow.created[0]!.webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.tryNavigate('will-navigate', 'https://example.com')).toBe(true);
    expect(contents.tryNavigate('will-redirect', 'https://example.com')).toBe(true);
    expect(contents.tryNavigate('will-attach-webview', 'https://example.com')).toBe(true);
    expect(FakeBrowserWindow.created[0]!.options.webPreferences).toMatchObject({ sandbox: true });
  });

  it('sets the CSP header on responses and refuses permission requests', () => {
    setupSessionSecurity();
    const ses = fake.session.defaultSession;
    let headers: Record<string, string[]> = {};
    ses.headersListener?.({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([RENDERER_CSP]);
    expect(headers['X-Other']).toEqual(['1']);
    let granted: boolean | undefined;
    ses.permissionHandler?.({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(ses.permissionCheck?.()).toBe(false);
    // Any web contents, however it was created, gets the same denials.
    const other = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(other.tryNavigate('will-navigate', 'https://example.com')).toBe(true);
  });

  it("the header CSP is renderer/index.html's meta policy plus the header-only frame-ancestors", () => {
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (csp: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .sort();
    expect(meta).toBeDefined();
    // frame-ancestors is ignored in a meta tag, so only the header can carry it.
    expect(directives(RENDERER_CSP).filter((d) => !d.startsWith('frame-ancestors'))).toEqual(
      directives(meta!).filter((d) => !d.startsWith('frame-ancestors')),
    );
    expect(RENDERER_CSP).toContain("frame-ancestors 'none'");
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
  });
});
