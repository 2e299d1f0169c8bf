// Loaded into Electronegativity's process (node --require) by electronegativity-check.mjs: the
// check runs offline by design (CI has no network), so the tool's two look-ups on the network
// (updated translations, Electron's release list for "security fixes available") fail at once,
// as they would with no connection, instead of after its HTTP client's retries and back-off
// (20-30 s of waiting). The scan itself is unchanged.
// (process.getBuiltinModule: a preload in CommonJS without require(), which the lint forbids.)
const Module = process.getBuiltinModule('node:module');

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const offline = () =>
      Promise.reject(
        Object.assign(new Error('offline: this check makes no network requests'), { code: 'ENOTFOUND' }),
      );
    return Object.assign(offline, { get: offline, default: offline });
  }
  return load.call(this, request, ...rest);
};
