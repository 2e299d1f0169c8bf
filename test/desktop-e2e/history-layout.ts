// Layout checks for the history window's stories: what a person must see with the details open.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The element is drawn and lies wholly inside the viewport. */
export async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const vp = page.viewportSize()!;
  return (
    !!box &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= vp.width + 0.5 &&
    box.y + box.height <= vp.height + 0.5
  );
}

/** With the details open: the file's result, its counts, the file message and the list's count
 *  are all on screen. */
export async function expectResultAndCountsInView(page: Page): Promise<void> {
  const details = page.getByRole('dialog');
  for (const part of [
    details.locator('.details-result .pill'),
    details.locator('dl.counts'),
    details.locator('.file-message .reason'),
    page.getByTestId('history-count'),
  ])
    expect(await inViewport(page, part), await part.evaluate((e) => e.outerHTML.slice(0, 80))).toBe(true);
}
