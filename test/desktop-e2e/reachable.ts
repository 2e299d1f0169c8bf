// "Fits the window": a button a person needs is reachable at the window's size — inside the
// viewport once scrolled to (the page scrolls, the button is never cut off or under something
// else) — and the page does not need a sideways scroll bar.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export async function expectReachable(page: Page, target: Locator, where: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const view = page.viewportSize()!;
  expect(box, `${where}: the button is not on the page`).not.toBeNull();
  // Half a pixel of rounding either way (fractional layout at 125 %).
  const inside =
    box!.x >= -0.5 &&
    box!.y >= -0.5 &&
    box!.x + box!.width <= view.width + 0.5 &&
    box!.y + box!.height <= view.height + 0.5;
  expect({ where, inside, box, view }).toEqual({ where, inside: true, box, view });
  // Nothing covers it: the point at its centre belongs to the button.
  const onTop = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!at && (at === el || el.contains(at));
  });
  expect({ where, onTop }).toEqual({ where, onTop: true });
}

export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect({ where, overflow }).toEqual({ where, overflow: 0 });
}
