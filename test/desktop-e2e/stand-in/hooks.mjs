// Node module hooks for the e2e harness (registered with module.register): `import 'electron'`
// from anywhere (the built main bundle, its chunks, a dependency) resolves to the stand-in.
// CommonJS `require('electron')` is redirected in boot-app.ts (Node 20 has no sync require hook).
const STAND_IN = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  return nextResolve(specifier, context);
}
