// Time from navigation to an interactive first area step (its first rating can be chosen).
import { newContext, seededWorkshop } from '../lib.js';

/** @type {import('./index.js').Measure} */
export default {
  id: 'interactive',
  title: 'Navigation to interactive area step',
  async run({ browser, baseUrl, runs }) {
    const { storageState, areaUrl } = await seededWorkshop(browser, baseUrl);
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < runs; i++) {
      // A new context each run: cold HTTP cache, the seeded workshop in IndexedDB.
      const context = await newContext(browser, { storageState });
      const page = await context.newPage();
      await page.goto(areaUrl);
      const radio = page.getByRole('radio').first();
      await radio.waitFor();
      // performance.now() counts from this navigation's start; taken once the radio is enabled and attached.
      times.push(
        await radio.evaluate((el) =>
          el instanceof HTMLInputElement && !el.disabled ? performance.now() : NaN,
        ),
      );
      await context.close();
    }
    return { samples: { interactiveMs: times }, notes: [] };
  },
};
