// Steps most booted-app stories begin with: get past the first-run wizard through its own bridge,
// and drop an export into an inbox the way a scheduling program does.
import fs from 'node:fs';
import path from 'node:path';
import type { BootedApp } from './boot-app.ts';

interface WizardBridge {
  connector: {
    finishFirstRun(): Promise<unknown>;
    getSettings(): Promise<{ practices: Array<{ inbox: string }> }>;
  };
}

/** Finish the first run from the wizard's window (the demo practice on the built-in sandbox) and
 *  close the wizard. Returns the demo practice's inbox. */
export async function passWizard(app: BootedApp): Promise<string> {
  const wizard = await app.window('wizard');
  const inbox = await wizard.evaluate(async () => {
    const c = (window as unknown as WizardBridge).connector;
    await c.finishFirstRun();
    return (await c.getSettings()).practices[0]!.inbox;
  });
  app.openWindows()[0]!.close();
  return inbox;
}

/** Written under a hidden temporary name, then renamed: the watcher only ever sees it whole. */
export function dropExport(file: string, inbox: string, name = path.basename(file)): void {
  fs.copyFileSync(file, path.join(inbox, `.${name}.part`));
  fs.renameSync(path.join(inbox, `.${name}.part`), path.join(inbox, name));
}
