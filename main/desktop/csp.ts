// The renderer's Content-Security-Policy: the same policy renderer/index.html carries in its meta
// tag, also sent as a response header by main so a page that lost its meta tag is still covered.
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
