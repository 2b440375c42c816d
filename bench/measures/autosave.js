// Autosave latency: from the last keystroke to the transaction that stores the answer completing in IndexedDB.
import { newContext, seededWorkshop } from '../lib.js';

/** Installed before the app loads: stamps every input event and every completed IndexedDB put. */
function instrument() {
  const marks = { inputs: /** @type {number[]} */ ([]), commits: /** @type {number[]} */ ([]) };
  Object.assign(window, { __bench: marks });
  document.addEventListener('input', () => marks.inputs.push(performance.now()), true);
  const proto = IDBObjectStore.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied below with its own receiver
  const put = proto.put;
  /** @this {IDBObjectStore} @param {unknown} value @param {IDBValidKey} [key] */
  function stampedPut(value, key) {
    const request = put.call(this, value, key);
    this.transaction.addEventListener('complete', () => marks.commits.push(performance.now()));
    return request;
  }
  proto.put = stampedPut;
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'autosave',
  title: 'Autosave committed after the last keystroke',
  async run({ browser, baseUrl, runs }) {
    const { storageState, areaUrl } = await seededWorkshop(browser, baseUrl);
    const context = await newContext(browser, { storageState });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.goto(areaUrl);
    const answer = page.getByRole('textbox').first();
    /** @type {number[]} */
    const latencies = [];
    for (let i = 0; i < runs; i++) {
      await answer.click();
      await page.keyboard.type(` respuesta ${i}`, { delay: 40 });
      const latency = await page.waitForFunction(() => {
        const { inputs, commits } =
          /** @type {{ __bench: { inputs: number[]; commits: number[] } }} */ (
            /** @type {unknown} */ (window)
          ).__bench;
        const last = inputs.at(-1) ?? Infinity;
        const commit = commits.find((t) => t > last);
        return commit === undefined ? false : commit - last;
      });
      latencies.push(/** @type {number} */ (await latency.jsonValue()));
    }
    await context.close();
    return { samples: { autosaveMs: latencies }, notes: [] };
  },
};
