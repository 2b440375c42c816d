// A workshop at the limits of issue 11 (src/domain/limits.ts): 100 customer types, 300 moments and 200
// actions with every text field at 2,000 characters, every reflection answered and every statement of
// bank version 2 rated and commented (500 characters). It is built to pass the schema the app reads with (src/persistence/schema.ts), and written
// straight into IndexedDB as the app stores it (src/persistence/repository.ts) before the app loads.
import es from '../locales/es.json' with { type: 'json' };

/** As in src/domain/limits.ts. */
export const AT_LIMITS = {
  customerTypes: 100,
  moments: 300,
  actions: 200,
  text: 2000,
  comment: 500,
};

/** As in src/persistence/repository.ts and migrations.ts. */
const DATABASE_NAME = 'momentos-cx-workshops';
const STORE_NAME = 'workshops';
const SCHEMA_VERSION = 5;

// The bank's areas, the channels and the action statuses, read from the locale, whose keys the
// locale and bank-integrity tests keep in step with src/domain (Node 20 cannot import the .ts files).
const AREA_IDS = /** @type {(keyof typeof es.area)[]} */ (Object.keys(es.area));
const CHANNELS = Object.keys(es.inventory.moments.channels);
const STATUSES = Object.keys(es.results.actions.statuses);

/** Spanish prose with accents and punctuation, as a team writes it. */
const PROSE =
  'Cuando el cliente llama para preguntar por su pedido espera una respuesta clara y rápida; hoy la ' +
  'consigue a la segunda o tercera llamada, después de repetir sus datos a tres personas distintas. ' +
  '¿Qué haría falta para resolverlo en el primer contacto? Quizá una sola ficha compartida, un ' +
  'responsable por turno y un compromiso de plazo que el equipo pueda cumplir (y medir) cada semana. ';

/**
 * Exactly `length` characters of prose, starting with `label` so that no two fields are alike.
 * @param {string} label
 * @param {number} [length]
 */
export function prose(label, length = AT_LIMITS.text) {
  let text = `${label}. `;
  while (text.length < length) text += PROSE;
  return text.slice(0, length);
}

const pad = (/** @type {number} */ n) => String(n).padStart(3, '0');
const score = (/** @type {number} */ n) => (n % 5) + 1;

/**
 * The workshop record (the `data` of the stored envelope).
 * @param {string} id
 * @param {{ blank?: boolean }} [options] `blank`: the same workshop with nothing written or listed yet
 */
export function limitsWorkshop(id, { blank = false } = {}) {
  const stamp = new Date().toISOString();
  /** @type {Record<string, number>} */
  const ratings = {};
  /** @type {Record<string, string>} */
  const prompts = {};
  /** @type {Record<string, string>} */
  const comments = {};
  for (const areaId of AREA_IDS) {
    const area = es.area[areaId];
    // Version 2's statements are the ones with an evidence line.
    for (const [i, key] of Object.keys(area.evidence).entries()) {
      ratings[`${areaId}.${key}`] = score(i);
      comments[`${areaId}.${key}`] = prose(`Comentario ${areaId}.${key}`, AT_LIMITS.comment);
    }
    for (const key of Object.keys(area.prompt))
      prompts[`${areaId}.${key}`] = prose(`Reflexión ${areaId}.${key}`);
  }
  const customerTypes = Array.from({ length: AT_LIMITS.customerTypes }, (_, i) => ({
    id: `ct-${pad(i)}`,
    name: prose(`Tipo de cliente ${i + 1}`),
    kind: i % 4 === 3 ? 'internal' : 'external',
    description: prose(`Descripción ${i + 1}`),
    expectations: prose(`Expectativas ${i + 1}`),
  }));
  const moments = Array.from({ length: AT_LIMITS.moments }, (_, i) => ({
    id: `m-${pad(i)}`,
    name: prose(`Momento ${i + 1}`),
    allCustomers: i % 10 === 0,
    customerTypeIds:
      i % 10 === 0
        ? []
        : [`ct-${pad(i % 100)}`, ...(i % 3 === 0 ? [`ct-${pad((i + 37) % 100)}`] : [])],
    channel: CHANNELS[i % CHANNELS.length],
    importance: score(i),
    expectation: score(i + 1),
    promise: score(i + 2),
    delivered: i % 7 === 6 ? null : score(i + 4),
    owner: prose(`Responsable ${i + 1}`),
    note: prose(`Nota ${i + 1}`),
  }));
  const actions = Array.from({ length: AT_LIMITS.actions }, (_, i) => ({
    id: `a-${pad(i)}`,
    text: prose(`Acción ${i + 1}`),
    areaId: i % 7 === 6 ? null : AREA_IDS[i % AREA_IDS.length],
    momentId: i % 2 === 0 ? `m-${pad(i)}` : null,
    statementId: null,
    measure: prose(`Indicador ${i + 1}`),
    draft: null,
    owner: prose(`Responsable de la acción ${i + 1}`),
    due: i % 4 === 0 ? '' : `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
    status: STATUSES[i % STATUSES.length],
  }));
  return {
    id,
    title: 'Banco de pruebas — Taller en los límites',
    createdAt: stamp,
    updatedAt: stamp,
    meta: {
      organisation: 'Banco de pruebas',
      team: 'Taller en los límites',
      date: stamp.slice(0, 10),
      facilitator: 'Ana Pérez',
      participants: ['Luis Gómez', 'Marta Núñez', 'Iñaki Ibáñez', 'Sofía Ruiz'],
    },
    bank: { id: 'momentos-cx', version: 2 },
    ratings: blank ? {} : ratings,
    prompts: blank ? {} : prompts,
    comments: blank ? {} : comments,
    customerTypes: blank ? [] : customerTypes,
    moments: blank ? [] : moments,
    actions: blank ? [] : actions,
  };
}

/** @param {unknown} workshop */
export function storedEnvelope(workshop) {
  return {
    app: 'momentos',
    kind: 'workshop',
    schemaVersion: SCHEMA_VERSION,
    savedAt: new Date().toISOString(),
    data: workshop,
  };
}

/**
 * Writes workshops into this context's IndexedDB before the app is opened: from a blank page of the
 * app's origin (answered here, never by the server), in the database and store idb-keyval creates.
 * @param {import('@playwright/test').Page} page
 * @param {string} baseUrl
 * @param {{ id: string }[]} workshops
 */
export async function seedWorkshops(page, baseUrl, workshops) {
  const url = new URL('__bench-seed', baseUrl).href;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto(url);
  await page.evaluate(
    async ({ database, store, records }) => {
      const db = await /** @type {Promise<IDBDatabase>} */ (
        new Promise((resolve, reject) => {
          const open = indexedDB.open(database);
          open.onupgradeneeded = () => open.result.createObjectStore(store);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
        })
      );
      await new Promise((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const [key, value] of records) tx.objectStore(store).put(value, key);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error ?? new Error('seeding failed'));
      });
      db.close();
    },
    {
      database: DATABASE_NAME,
      store: STORE_NAME,
      records: workshops.map((w) => /** @type {[string, unknown]} */ ([w.id, storedEnvelope(w)])),
    },
  );
  await page.unroute(url);
}

/**
 * The stored record's prompt answer, read from IndexedDB in the page (undefined if absent).
 * @param {import('@playwright/test').Page} page
 * @param {string} id
 * @param {string} promptId
 */
export function storedPrompt(page, id, promptId) {
  return page.evaluate(
    ({ database, store, id, promptId }) =>
      /** @type {Promise<string | undefined>} */ (
        new Promise((resolve, reject) => {
          const open = indexedDB.open(database);
          open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
          open.onsuccess = () => {
            const get = open.result.transaction(store).objectStore(store).get(id);
            get.onerror = () => reject(get.error ?? new Error('get failed'));
            get.onsuccess = () => {
              open.result.close();
              /** @type {unknown} */
              const raw = get.result;
              const record =
                /** @type {{ data?: { prompts?: Record<string, string> } } | undefined} */ (raw);
              resolve(record?.data?.prompts?.[promptId]);
            };
          };
        })
      ),
    { database: DATABASE_NAME, store: STORE_NAME, id, promptId },
  );
}
