import {
  checkBaseUrl,
  EnvironmentError,
  isLoopbackHost,
  MEDFUSION_BASE_URLS,
  resolveBaseUrl,
} from '../../main/medfusion/environments.ts';

describe('environments', () => {
  it('names Medfusion demo and production and takes the sandbox URL given at runtime', () => {
    expect(resolveBaseUrl('demo')).toBe('https://integration.demo.medfusion.net');
    expect(resolveBaseUrl('production')).toBe('https://integration.medfusion.net');
    expect(resolveBaseUrl('sandbox', { sandboxUrl: 'http://127.0.0.1:4321/' })).toBe('http://127.0.0.1:4321');
    expect(resolveBaseUrl('sandbox')).toBe('http://127.0.0.1:8787');
    expect(MEDFUSION_BASE_URLS.demo.startsWith('https://')).toBe(true);
  });

  it('accepts a custom https URL and plain http only on loopback', () => {
    expect(resolveBaseUrl('https://mf.example.org/api/')).toBe('https://mf.example.org/api');
    for (const u of [
      'http://localhost:9000',
      'http://127.0.0.1',
      'http://127.10.0.3:80',
      'http://[::1]:8787',
    ]) {
      expect(() => checkBaseUrl(u)).not.toThrow();
    }
  });

  it('refuses http:// to a non-loopback host with a message saying why and what to use', () => {
    for (const u of [
      'http://integration.medfusion.net',
      'http://10.0.0.5:8787',
      'http://128.0.0.1',
      'http://localhost.evil.com',
    ]) {
      expect(() => resolveBaseUrl(u)).toThrow(EnvironmentError);
    }
    expect(() => resolveBaseUrl('http://integration.medfusion.net')).toThrow(
      /plain http would send the access token.*Use https:\/\/integration\.medfusion\.net/,
    );
  });

  it('refuses unknown names, non-http schemes and URLs carrying credentials', () => {
    expect(() => resolveBaseUrl('staging')).toThrow(/Unknown environment 'staging'/);
    expect(() => resolveBaseUrl('ftp://example.org')).toThrow(EnvironmentError);
    expect(() => resolveBaseUrl('https://user:pw@example.org')).toThrow(/must not carry a user name/);
  });

  it('knows what loopback is', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('127.255.255.254')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('192.168.1.2')).toBe(false);
  });
});
