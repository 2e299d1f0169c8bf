// Output that goes nowhere: `appt-connector history | head` closes the pipe after ten lines, and
// the next write fails with EPIPE, which Node raises as an unhandled 'error' event (a crash with a
// stack trace). Installed once for the whole CLI: further output is dropped, and the process ends
// quietly, unless a running engine listens (onOutputClosed), which then stops cleanly instead.
type Listener = () => void;

const listeners = new Set<Listener>();
let installed = false;
let closed = false;

function closedOutput(err: NodeJS.ErrnoException): boolean {
  return err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED';
}

export function handleClosedOutput(exit: (code: number) => void = (c) => process.exit(c)): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (!closedOutput(err)) throw err;
      if (closed) return;
      closed = true;
      if (listeners.size === 0) {
        // Nothing to finish: what was asked for has been printed as far as anyone reads it.
        exit(0);
        return;
      }
      for (const l of listeners) l();
    });
  }
}

/** Called once when stdout or stderr is closed by the reader; returns the unsubscribe. */
export function onOutputClosed(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
