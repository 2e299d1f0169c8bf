// `require('electron')` under the e2e harness: the same stand-in object the ESM import gets
// (electron.mjs must be loaded first; boot-app.ts does that before starting the app).
const standIn = globalThis.__electronStandIn;
if (!standIn) throw new Error('the Electron stand-in (electron.mjs) is not loaded');
module.exports = standIn.module;
