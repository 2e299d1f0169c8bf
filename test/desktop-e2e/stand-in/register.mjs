// Makes `electron` mean the stand-in in this Node process, for ESM imports (module hooks) and
// CommonJS requires (Node 20 has no synchronous require hook, so Module._resolveFilename is
// wrapped), then loads the stand-in. Used in-process by boot-app.ts and as
// `node --import ./register.mjs dist-electron/main.cjs` for a second instance.
import Module, { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
const cjsStandIn = new URL('./electron.cjs', import.meta.url).pathname;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? cjsStandIn : resolveFilename.call(this, request, ...rest);
};
await import('./electron.mjs');
