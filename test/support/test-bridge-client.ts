// The page side of the test bridge: a script that defines `window.connector` (the same
// ConnectorApi the preload exposes in the app) on top of same-origin fetch and EventSource.
// Given to Playwright's page.addInitScript as source text: a serialised TypeScript function would
// carry the transpiler's helpers (e.g. esbuild's __name) that do not exist in the page.
import { EVENT_CHANNELS, INVOKE_METHODS } from '../../preload/ipc-contract.ts';

const CLIENT = `
(function installTestConnector(methods, channels) {
  var listeners = new Map();
  var events = null;
  function listen() {
    if (events) return;
    events = new EventSource('/__bridge/events');
    channels.forEach(function (channel) {
      events.addEventListener(channel, function (e) {
        var payload = JSON.parse(e.data);
        (listeners.get(channel) || new Set()).forEach(function (l) { l(payload); });
      });
    });
  }
  var api = {};
  methods.forEach(function (method) {
    api[method] = async function (arg) {
      var res = await fetch('/__bridge/call/' + method, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ arg: arg }),
      });
      var body = await res.json();
      if (!body.ok) throw new Error(body.error || method + ' failed');
      return body.value;
    };
  });
  api.on = function (channel, listener) {
    listen();
    var set = listeners.get(channel) || new Set();
    listeners.set(channel, set);
    set.add(listener);
    return function () { set.delete(listener); };
  };
  Object.defineProperty(window, 'connector', { value: Object.freeze(api), configurable: false });
})`;

/** Source for page.addInitScript({ content }). */
export function testConnectorScript(): string {
  return `${CLIENT}(${JSON.stringify(INVOKE_METHODS)}, ${JSON.stringify(EVENT_CHANNELS)});`;
}
