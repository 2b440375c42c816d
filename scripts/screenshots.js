// `npm run screenshots`: the README's images, taken from the real app. Builds the app into a folder of
// its own (never dist/), runs the dist check on it, serves it with the strict static server, seeds a
// realistic workshop in each language into IndexedDB (as bench/limits-workshop.js does), drives Debian
// Chromium through the screens by role and accessible name, exports the PDF report with the real
// button and renders its first two pages with pdftoppm. Writes docs/screenshots/*.png only when every
// image was taken. Texts of the interface are read from locales/ when it runs, so a reworded button
// is still found.
//   node scripts/screenshots.js
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import en from '../locales/en.json' with { type: 'json' };
import es from '../locales/es.json' with { type: 'json' };
import { seedWorkshops } from '../bench/limits-workshop.js';
import { checkDist } from './check-dist.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { startStaticServer } from './static-server.js';

/**
 * @typedef {import('../src/domain/workshop.ts').Workshop} Workshop
 * @typedef {import('../src/domain/bank-ids.ts').Rating} Rating
 * @typedef {import('../src/domain/moments.ts').Moment} Moment
 * @typedef {import('../src/domain/moments.ts').Score} Score
 * @typedef {import('../src/domain/actions.ts').Action} Action
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {'es' | 'en'} Lang
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'docs', 'screenshots');
const BUILD_DIR = join(tmpdir(), 'momentos-screenshots-dist');
/** As in src/persistence/preferences.ts (LOCALE_KEY): the boot script reads it too. */
const LOCALE_KEY = 'momentos:locale';
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
/** Debian's Chromium keeps its translations here (package chromium-l10n). */
const DEBIAN_LOCALES = '/usr/lib/chromium/locales';
/** This machine is shared and slow at times: generous, since every wait is for a real state. */
const TIMEOUT_MS = 60_000;

const LOCALES = { es, en };

/**
 * A text of the interface from locales/, with its {placeholders} filled in.
 * @param {Lang} lang
 * @param {string} key dotted, e.g. 'report.export.button'
 * @param {Record<string, string>} [values]
 */
function t(lang, key, values = {}) {
  /** @type {unknown} */
  let node = LOCALES[lang];
  for (const part of key.split('.'))
    node =
      node && typeof node === 'object'
        ? /** @type {Record<string, unknown>} */ (node)[part]
        : undefined;
  if (typeof node !== 'string') throw new Error(`locales/${lang}.json has no text "${key}"`);
  return node.replace(/\{(\w+)\}/g, (whole, /** @type {string} */ name) => values[name] ?? whole);
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------------
// The workshops: a hotel in Spanish, a family clinic in English, each with a smaller second workshop
// so that the home screen lists more than one. Every statement of bank version 2 is rated.

/**
 * @param {Record<string, Rating>} ratings
 * @param {Lang} lang
 */
function checkEveryStatementRated(ratings, lang) {
  const areas = /** @type {Record<string, { evidence: Record<string, string> }>} */ (
    /** @type {unknown} */ (LOCALES[lang].area)
  );
  // Version 2's statements are the ones with an evidence line (as in bench/limits-workshop.js).
  const wanted = Object.entries(areas).flatMap(([area, { evidence }]) =>
    Object.keys(evidence).map((local) => `${area}.${local}`),
  );
  const missing = wanted.filter((id) => !(id in ratings));
  const unknown = Object.keys(ratings).filter((id) => !wanted.includes(id));
  if (missing.length || unknown.length)
    throw new Error(
      `the seeded ratings do not match bank version 2: missing ${missing.join(', ') || 'none'}; unknown ${unknown.join(', ') || 'none'}`,
    );
}

/**
 * Answers by area, keyed by the statement's id within its area, as the record keys them ("area.id").
 * @param {Record<import('../src/domain/bank-ids.ts').AreaId, Record<string, Rating>>} byArea
 * @returns {Record<string, Rating>}
 */
function qualified(byArea) {
  return Object.fromEntries(
    Object.entries(byArea).flatMap(([area, answers]) =>
      Object.entries(answers).map(([local, rating]) => [`${area}.${local}`, rating]),
    ),
  );
}

/**
 * A moment of truth with its four 1-5 ratings.
 * @param {string} id
 * @param {Moment['channel']} channel
 * @param {string[] | 'all'} customers customer type ids, or every type
 * @param {[Score, Score, Score, Score]} ratings importance, expectation, promise, delivered
 * @param {{ name: string; owner: string; note?: string }} texts
 * @returns {Moment}
 */
function moment(id, channel, customers, ratings, { name, owner, note = '' }) {
  const [importance, expectation, promise, delivered] = ratings;
  return {
    id,
    name,
    allCustomers: customers === 'all',
    customerTypeIds: customers === 'all' ? [] : customers,
    channel,
    importance,
    expectation,
    promise,
    delivered,
    owner,
    note,
  };
}

/**
 * An action of the plan: the team's own unless `draft` names the library's advice it was drafted from.
 * @param {string} id
 * @param {Partial<Action> & Pick<Action, 'text' | 'owner' | 'due' | 'status'>} fields
 * @returns {Action}
 */
function action(id, fields) {
  return {
    id,
    areaId: null,
    momentId: null,
    statementId: null,
    measure: '',
    draft: null,
    ...fields,
  };
}

/**
 * An action drafted from the recommendations library for a statement at level 1-2, still in the
 * app's wording (shown in the reader's language).
 * @param {string} id
 * @param {Lang} lang
 * @param {import('../src/domain/bank-ids.ts').AreaId} areaId
 * @param {string} local the statement's id within its area
 * @param {Pick<Action, 'owner' | 'due' | 'status'>} fields
 * @returns {Action}
 */
function draftedAction(id, lang, areaId, local, fields) {
  return action(id, {
    areaId,
    statementId: `${areaId}.${local}`,
    text: t(lang, `advice.${areaId}.${local}.early`),
    measure: t(lang, `advice.${areaId}.${local}.measure`),
    draft: { kind: 'early', text: true, measure: true },
    ...fields,
  });
}

/** @returns {Workshop} */
function hotelWorkshop() {
  const ratings = qualified({
    customers: {
      segments: 4,
      voice: 3,
      promise: 3,
      differentiate: 4,
      history: 4,
      outsideIn: 'dontKnow',
    },
    'internal-customers': {
      known: 2,
      agreed: 2,
      ownIt: 4,
      hireForService: 3,
      train: 3,
      empower: 3,
    },
    moments: { mapped: 3, owner: 2, deliveryMeasured: 'dontKnow', standards: 2, details: 3 },
    processes: {
      customerSide: 2,
      oneContact: 3,
      simpleSteps: 2,
      acknowledgeWithTime: 1,
      consistent: 3,
      dataCorrected: 2,
      optOut: 3,
    },
    improvement: {
      feedbackAfterMoments: 3,
      complaintCauses: 2,
      lessons: 3,
      journeys: 2,
      innovation: 3,
      loyalty: 3,
    },
    leadership: {
      leadersInvolved: 4,
      budget: 3,
      cxOwner: 4,
      purposeKnown: 5,
      frontLineVoice: 4,
      basicsFirst: 4,
    },
  });
  checkEveryStatementRated(ratings, 'es');
  return {
    id: 'hotel-brisa-del-mar',
    title: 'Hotel Brisa del Mar — Recepción y pisos',
    createdAt: '2026-11-18T08:05:00.000Z',
    updatedAt: '2026-11-18T12:42:00.000Z',
    meta: {
      organisation: 'Hotel Brisa del Mar',
      team: 'Recepción y pisos',
      date: '2026-11-18',
      facilitator: 'Elena Ruiz',
      participants: [
        'Jorge Santos',
        'Carmen Vidal',
        'Lucía Martín',
        'Raúl Ortega',
        'Aitana Ferrer',
      ],
    },
    bank: { id: 'momentos-cx', version: 2 },
    ratings,
    prompts: {
      'customers.who':
        'Huéspedes de vacaciones (familias y parejas), viajeros de empresa entre semana, grupos y ' +
        'celebraciones, y las agencias y plataformas que nos envían reservas.',
      'customers.profile':
        'Las familias reservan con meses de antelación y preguntan mucho antes de llegar; los ' +
        'viajeros de empresa quieren resolverlo todo en minutos y casi siempre desde el móvil.',
      'customers.expectations':
        'Que la habitación esté lista a la hora prometida, que no les hagamos repetir lo que ya ' +
        'dijeron al reservar y una respuesta rápida cuando algo falla. Lo sabemos por las reseñas y ' +
        'por lo que cuentan en recepción, pero nunca se lo hemos preguntado de forma ordenada.',
      'internal-customers.who':
        'Restaurante y cocina (ocupación, dietas y alergias), mantenimiento (averías) y ' +
        'administración (facturas de empresa y de agencias).',
      'internal-customers.handoffs':
        'Una avería que entra por teléfono pasa por tres personas antes de llegar a mantenimiento, ' +
        'y nadie avisa al huésped de cuándo irán a arreglarla.',
      'moments.list':
        'Reserva, llegada, primera impresión de la habitación, peticiones durante la estancia, ' +
        'averías, desayuno y salida. Para cocina, el aviso diario de dietas y alergias.',
      'moments.channels':
        'Casi todo ocurre en persona o por teléfono; la reserva desde el móvil es el canal que más ' +
        'crece y el que menos cuidamos.',
      'moments.bestWorst':
        'Brillamos en el desayuno y en la salida exprés. Decepcionamos en la llegada en horas punta ' +
        'y cuando hay una avería en la habitación.',
      'processes.today':
        'La llegada depende de que pisos avise de que la habitación está lista; si el aviso se ' +
        'retrasa, el huésped espera en el vestíbulo sin saber cuánto.',
      'processes.pain':
        'Las peticiones apuntadas en papel se pierden en el cambio de turno, y lo paga el huésped ' +
        'que tiene que volver a llamar.',
      'improvement.habits':
        'Leemos las reseñas cada lunes en la reunión de turno, pero no llevamos registro de qué ' +
        'cambiamos a raíz de ellas.',
      'improvement.lastChange':
        'Pusimos zumo natural y repostería casera en el desayuno después de varias reseñas; desde ' +
        'entonces es lo más valorado.',
      'leadership.style':
        'La dirección está cerca y escucha. Decide rápido, pero a veces sin preguntar a quien ' +
        'atiende al huésped.',
      'leadership.decisions':
        'Recepción puede compensar a un huésped con una cena o un upgrade hasta 60 € sin pedir ' +
        'permiso; por encima decide la dirección.',
    },
    comments: {
      'customers.segments':
        'Los describimos en el manual de acogida de 2024; falta el perfil de los grupos.',
      'customers.history':
        'La ficha del huésped guarda lo que pidió en estancias anteriores, pero solo la consulta ' +
        'recepción.',
      'customers.outsideIn':
        'Leemos las reseñas, pero nadie ha cruzado sus notas con lo que pasa en cada momento.',
      'internal-customers.agreed':
        'Con cocina solo hay acuerdos de palabra, que cambian según quién esté de turno.',
      'moments.deliveryMeasured':
        'La encuesta de salida existe, pero nadie del equipo sabe adónde van los resultados.',
      'processes.acknowledgeWithTime': 'Las averías se anotan, pero no damos plazo al huésped.',
      'leadership.purposeKnown':
        'Todo el mundo repite «que se sienta como en casa» y sabe ponerle ejemplos.',
    },
    customerTypes: [
      {
        id: 'ct-vacaciones',
        name: 'Huéspedes de vacaciones',
        kind: 'external',
        description:
          'Familias y parejas que reservan una o dos semanas en temporada alta, muchas por primera vez.',
        expectations:
          'Habitación lista a la hora prometida, información clara de la zona y que recordemos lo ' +
          'que pidieron al reservar.',
      },
      {
        id: 'ct-empresa',
        name: 'Viajeros de empresa',
        kind: 'external',
        description:
          'Estancias cortas entre semana, a menudo reservadas a última hora por su empresa.',
        expectations:
          'Entrada y salida rápidas, wifi que funcione y la factura correcta a nombre de la empresa.',
      },
      {
        id: 'ct-agencias',
        name: 'Agencias y plataformas de reserva',
        kind: 'external',
        description: 'Intermediarios que nos envían huéspedes y gestionan cambios y cancelaciones.',
        expectations:
          'Respuesta el mismo día a los cambios y las mismas tarifas en todos los canales.',
      },
      {
        id: 'ct-grupos',
        name: 'Grupos y celebraciones',
        kind: 'external',
        description:
          'Bodas, viajes de empresa y equipos deportivos que reservan varias habitaciones a la vez.',
        expectations:
          'Una sola persona de contacto, llaves preparadas a la llegada y habitaciones contiguas.',
      },
      {
        id: 'ct-cocina',
        name: 'Restaurante y cocina',
        kind: 'internal',
        description:
          'Sala y cocina dependen de recepción para saber cuántos desayunos y qué dietas preparar.',
        expectations:
          'Ocupación, dietas y alergias comunicadas la víspera antes de las 20 h, sin cambios de ' +
          'última hora.',
      },
    ],
    moments: [
      moment('m-reserva', 'web', ['ct-vacaciones', 'ct-empresa'], [4, 4, 4, 3], {
        name: 'Reserva en la web desde el móvil',
        owner: 'Lucía Martín (reservas)',
        note: 'En el móvil no se distingue bien la tarifa con desayuno de la que no lo incluye.',
      }),
      moment('m-llegada', 'inPerson', 'all', [5, 5, 4, 3], {
        name: 'Llegada y check-in',
        owner: 'Jorge Santos (jefe de recepción)',
        note: 'Entre las 15 y las 17 h la cola supera a menudo los 20 minutos.',
      }),
      moment(
        'm-habitacion',
        'inPerson',
        ['ct-vacaciones', 'ct-empresa', 'ct-grupos'],
        [5, 5, 5, 4],
        {
          name: 'Primera impresión de la habitación',
          owner: 'Carmen Vidal (gobernanta)',
        },
      ),
      moment('m-peticion', 'phone', ['ct-vacaciones', 'ct-empresa'], [3, 4, 3, 2], {
        name: 'Pedir algo a recepción durante la estancia',
        owner: 'Turno de pisos',
        note: 'Las peticiones se apuntan en papel y alguna se pierde en el cambio de turno.',
      }),
      moment('m-averia', 'phone', 'all', [5, 4, 3, 2], {
        name: 'Avería en la habitación',
        owner: 'Raúl Ortega (mantenimiento)',
        note: 'No damos plazo; el huésped vuelve a llamar dos o tres veces.',
      }),
      moment('m-desayuno', 'inPerson', ['ct-vacaciones', 'ct-grupos'], [3, 3, 4, 4], {
        name: 'Desayuno',
        owner: 'Aitana Ferrer (jefa de sala)',
        note: 'Los huéspedes destacan el zumo natural y la repostería casera.',
      }),
      moment('m-dietas', 'email', ['ct-cocina'], [4, 5, 3, 3], {
        name: 'Aviso de dietas y alergias a cocina',
        owner: 'Recepción, turno de tarde',
        note: 'Si el aviso llega después de las 20 h, cocina no puede preparar la alternativa.',
      }),
      moment('m-salida', 'inPerson', ['ct-empresa', 'ct-agencias'], [4, 4, 3, 5], {
        name: 'Salida y factura',
        owner: 'Recepción',
        note: 'Salida exprés: la factura llega por correo antes de que el huésped deje la habitación.',
      }),
    ],
    actions: [
      action('a-puesto', {
        text: 'Abrir un segundo puesto de check-in de 15 a 17 h en temporada alta',
        areaId: 'moments',
        momentId: 'm-llegada',
        measure: 'Espera media a la llegada por debajo de 10 minutos',
        owner: 'Jorge Santos',
        due: '2027-03-31',
        status: 'open',
      }),
      action('a-peticiones', {
        text: 'Registrar todas las peticiones de los huéspedes en la aplicación de pisos, no en papel',
        areaId: 'processes',
        momentId: 'm-peticion',
        measure: 'Ninguna petición perdida en el cambio de turno durante un mes',
        owner: 'Carmen Vidal',
        due: '2027-01-15',
        status: 'inProgress',
      }),
      action('a-averias', {
        text: 'Dar un plazo de reparación al anotar cada avería y llamar al huésped al terminar',
        areaId: 'processes',
        momentId: 'm-averia',
        statementId: 'processes.acknowledgeWithTime',
        measure: 'El 90 % de las averías resueltas dentro del plazo dado',
        owner: 'Raúl Ortega',
        due: '2027-02-15',
        status: 'open',
      }),
      draftedAction('a-estandares', 'es', 'moments', 'standards', {
        owner: 'Elena Ruiz',
        due: '2027-02-28',
        status: 'open',
      }),
      action('a-dietas', {
        text: 'Enviar a cocina el parte de dietas y alergias antes de las 19 h, con acuse de recibo',
        areaId: 'internal-customers',
        momentId: 'm-dietas',
        statementId: 'internal-customers.agreed',
        measure: 'Ningún plato alternativo sin preparar por un aviso tardío',
        owner: 'Carmen Vidal',
        due: '2026-12-20',
        status: 'done',
      }),
      action('a-movil', {
        text: 'Rehacer la página de reservas para el móvil, con el desayuno bien visible en cada tarifa',
        areaId: 'customers',
        momentId: 'm-reserva',
        measure: 'Un 15 % más de reservas directas desde el móvil',
        owner: 'Lucía Martín',
        due: '2027-04-30',
        status: 'open',
      }),
      action('a-quejas', {
        text: 'Reunir cada mes a recepción y pisos media hora para revisar las quejas y sus causas',
        areaId: 'improvement',
        statementId: 'improvement.complaintCauses',
        measure: 'Tres causas de fondo resueltas antes de junio',
        owner: 'Elena Ruiz',
        due: '2027-01-10',
        status: 'inProgress',
      }),
      action('a-llegada', {
        text: 'Escribir cómo recibimos a cada huésped y enseñarlo a todo el turno de recepción',
        areaId: 'moments',
        momentId: 'm-llegada',
        measure: 'Todo el personal de recepción formado antes de Semana Santa',
        owner: 'Jorge Santos',
        due: '2027-03-01',
        status: 'open',
      }),
    ],
  };
}

/** @returns {Workshop} */
function clinicWorkshop() {
  const ratings = qualified({
    customers: { segments: 3, voice: 3, promise: 2, differentiate: 3, history: 4, outsideIn: 4 },
    'internal-customers': {
      known: 4,
      agreed: 3,
      ownIt: 4,
      hireForService: 3,
      train: 4,
      empower: 4,
    },
    moments: { mapped: 3, owner: 1, deliveryMeasured: 2, standards: 2, details: 'dontKnow' },
    processes: {
      customerSide: 3,
      oneContact: 2,
      simpleSteps: 3,
      acknowledgeWithTime: 2,
      consistent: 'dontKnow',
      dataCorrected: 3,
      optOut: 'notApplicable',
    },
    improvement: {
      feedbackAfterMoments: 2,
      complaintCauses: 2,
      lessons: 3,
      journeys: 2,
      innovation: 2,
      loyalty: 1,
    },
    leadership: {
      leadersInvolved: 4,
      budget: 2,
      cxOwner: 3,
      purposeKnown: 4,
      frontLineVoice: 3,
      basicsFirst: 4,
    },
  });
  checkEveryStatementRated(ratings, 'en');
  return {
    id: 'riverside-family-clinic',
    title: 'Riverside Family Clinic — Front desk and patient services',
    createdAt: '2026-11-24T15:10:00.000Z',
    updatedAt: '2026-11-24T18:55:00.000Z',
    meta: {
      organisation: 'Riverside Family Clinic',
      team: 'Front desk and patient services',
      date: '2026-11-24',
      facilitator: 'Grace Adeyemi',
      participants: ['Tom Walsh', 'Priya Raman', 'Daniel Okafor', 'Helen Brooks', 'Sam Whitfield'],
    },
    bank: { id: 'momentos-cx', version: 2 },
    ratings,
    prompts: {
      'customers.who':
        'Families with young children, older patients with long-term conditions, working adults ' +
        'who fit visits around their jobs, and the doctors and insurers who refer or pay for them.',
      'customers.expectations':
        'A same-day slot when a child is ill, not having to tell their story twice, and hearing ' +
        'about test results without chasing us. We know from the comment cards and the phone log.',
      'internal-customers.who':
        'The doctors and nurses: they rely on us for the day’s schedule, up-to-date records and ' +
        'urgent messages.',
      'internal-customers.handoffs':
        'Urgent messages for a doctor still go on sticky notes when the system is slow, and one ' +
        'went missing last month.',
      'moments.list':
        'Booking by phone or online, arrival, waiting, test results, repeat prescriptions, ' +
        'referrals, and passing urgent messages to the clinical team.',
      'moments.bestWorst':
        'Repeat prescriptions are quick and patients say so. The 8 a.m. phone queue and waiting ' +
        'for test results are where we let people down.',
      'processes.today':
        'Most requests start with a phone call; the online booking covers only half of the ' +
        'doctors, so patients call anyway.',
      'processes.pain':
        'Results arrive in the system but nobody tells the patient, who calls to ask; the call ' +
        'lands on the busiest line of the day.',
      'improvement.lastChange':
        'We moved the repeat prescription form online after complaints about the paper one; ' +
        'requests are now ready within 48 hours.',
      'leadership.style':
        'The partners support the front desk but look at patient experience only when a complaint ' +
        'reaches them.',
      'leadership.dynamics':
        'Reception and nursing help each other at busy times; the weekly meeting is too rushed ' +
        'to look at causes.',
    },
    comments: {
      'customers.promise':
        'Our leaflet promises “care without the wait”; nobody has checked that against what ' +
        'patients say.',
      'moments.owner': 'No moment has a named owner today; the map is new.',
      'moments.details':
        'Some small fixes happen, but we keep no record, so nobody in the room could say.',
      'processes.consistent':
        'The out-of-hours service answers for us at night and we do not know what it tells patients.',
      'improvement.loyalty': 'We do not measure whether patients stay with us or recommend us.',
      'leadership.budget': 'Improvements come out of the front desk’s own time.',
    },
    customerTypes: [
      {
        id: 'ct-families',
        name: 'Families with young children',
        kind: 'external',
        description: 'Parents booking check-ups, vaccinations and same-day visits for under-12s.',
        expectations:
          'A same-day slot when a child is ill, a short wait, and someone who explains what ' +
          'happens next.',
      },
      {
        id: 'ct-long-term',
        name: 'Older patients with long-term conditions',
        kind: 'external',
        description:
          'Regular visits for diabetes, heart or breathing conditions; many come with a relative.',
        expectations:
          'To be known by name, not to repeat their history, and repeat prescriptions without ' +
          'chasing.',
      },
      {
        id: 'ct-working',
        name: 'Working adults',
        kind: 'external',
        description: 'Mostly one-off visits, booked online or by phone around their working day.',
        expectations:
          'Online booking that works, early or late appointments, and results sent by message.',
      },
      {
        id: 'ct-referrers',
        name: 'Referring doctors and insurers',
        kind: 'external',
        description:
          'Hospitals, specialists and insurance companies that send or pay for patients.',
        expectations: 'Complete referral letters and claim forms right the first time.',
      },
      {
        id: 'ct-clinicians',
        name: 'Doctors and nurses',
        kind: 'internal',
        description:
          'The clinical team relies on the front desk for schedules, records and arrivals.',
        expectations:
          'Patients checked in with current details, no double bookings, urgent messages passed ' +
          'on at once.',
      },
    ],
    moments: [
      moment('m-phone', 'phone', ['ct-families', 'ct-long-term', 'ct-working'], [5, 4, 3, 2], {
        name: 'Phoning to book an appointment',
        owner: 'Tom Walsh (front desk lead)',
        note: 'Between 8 and 9 a.m. callers wait 12 minutes on average and a third hang up.',
      }),
      moment('m-online', 'web', ['ct-working', 'ct-families'], [4, 4, 4, 3], {
        name: 'Booking online',
        owner: 'Daniel Okafor (practice manager)',
        note: 'Only half of the doctors’ calendars are open for online booking.',
      }),
      moment('m-arrival', 'inPerson', 'all', [4, 4, 4, 4], {
        name: 'Arrival and check-in',
        owner: 'Reception team',
      }),
      moment('m-waiting', 'inPerson', 'all', [4, 3, 2, 2], {
        name: 'Waiting past the appointment time',
        owner: 'Helen Brooks (duty nurse)',
        note: 'Nobody tells patients when a doctor is running late.',
      }),
      moment('m-results', 'phone', ['ct-long-term', 'ct-working'], [5, 5, 3, 2], {
        name: 'Getting test results',
        owner: 'Priya Raman (nursing team)',
        note: 'Patients call to ask; normal results can sit unread for days.',
      }),
      moment('m-prescription', 'email', ['ct-long-term'], [4, 4, 4, 5], {
        name: 'Repeat prescription request',
        owner: 'Pharmacy liaison',
        note: 'Ready within 48 hours; patients often thank us for it.',
      }),
      moment('m-referral', 'other', ['ct-referrers'], [3, 3, 3, 4], {
        name: 'Referral letter to a specialist',
        owner: 'Medical secretaries',
      }),
      moment('m-urgent', 'chat', ['ct-clinicians'], [5, 5, 4, 3], {
        name: 'Urgent message passed to a doctor',
        owner: 'Tom Walsh (front desk lead)',
        note: 'Messages end up on sticky notes when the system is slow.',
      }),
    ],
    actions: [
      action('a-callback', {
        text: 'Offer a call-back instead of the queue during the 8–9 a.m. peak',
        areaId: 'processes',
        momentId: 'm-phone',
        statementId: 'processes.oneContact',
        measure: 'Average wait under 3 minutes; fewer than 5% of callers hang up',
        owner: 'Tom Walsh',
        due: '2027-01-31',
        status: 'inProgress',
      }),
      action('a-running-late', {
        text: 'Text patients when their doctor is running more than 15 minutes late',
        areaId: 'moments',
        momentId: 'm-waiting',
        measure: 'Complaints about waiting halved by March',
        owner: 'Helen Brooks',
        due: '2027-02-28',
        status: 'open',
      }),
      action('a-results', {
        text: 'Send every normal result by secure message within two working days',
        areaId: 'processes',
        momentId: 'm-results',
        statementId: 'processes.acknowledgeWithTime',
        measure: '90% of results sent within two working days',
        owner: 'Priya Raman',
        due: '2027-03-15',
        status: 'open',
      }),
      draftedAction('a-feedback', 'en', 'improvement', 'feedbackAfterMoments', {
        owner: 'Grace Adeyemi',
        due: '2027-01-20',
        status: 'open',
      }),
      action('a-calendars', {
        text: 'Open every doctor’s calendar for online booking',
        areaId: 'moments',
        momentId: 'm-online',
        measure: 'A third of all appointments booked online',
        owner: 'Daniel Okafor',
        due: '2027-04-30',
        status: 'open',
      }),
      action('a-urgent', {
        text: 'Replace sticky notes with the practice system’s urgent-message flag',
        areaId: 'internal-customers',
        momentId: 'm-urgent',
        measure: 'No urgent message lost or late in a month',
        owner: 'Sam Whitfield',
        due: '2026-12-15',
        status: 'done',
      }),
      action('a-complaints', {
        text: 'Review complaints monthly with one nurse and one receptionist, looking for causes',
        areaId: 'improvement',
        statementId: 'improvement.complaintCauses',
        measure: 'Three root causes fixed by June',
        owner: 'Grace Adeyemi',
        due: '2027-01-10',
        status: 'inProgress',
      }),
      action('a-owners', {
        text: 'Name an owner for every moment of truth on the map',
        areaId: 'moments',
        statementId: 'moments.owner',
        measure: 'Every moment on the map has a named owner',
        owner: 'Daniel Okafor',
        due: '2026-12-18',
        status: 'done',
      }),
    ],
  };
}

/**
 * A workshop started earlier and left after a few answers, so that the home screen lists two.
 * @param {Lang} lang
 * @returns {Workshop}
 */
function startedWorkshop(lang) {
  const hotel = lang === 'es';
  const organisation = hotel ? 'Hotel Brisa del Mar' : 'Riverside Family Clinic';
  const team = hotel ? 'Restaurante La Terraza' : 'Laboratory';
  return {
    id: hotel ? 'brisa-la-terraza' : 'riverside-laboratory',
    title: `${organisation} — ${team}`,
    createdAt: hotel ? '2026-11-04T16:00:00.000Z' : '2026-11-10T19:00:00.000Z',
    updatedAt: hotel ? '2026-11-04T17:20:00.000Z' : '2026-11-10T20:05:00.000Z',
    meta: {
      organisation,
      team,
      date: hotel ? '2026-11-04' : '2026-11-10',
      facilitator: hotel ? 'Elena Ruiz' : 'Grace Adeyemi',
      participants: hotel ? ['Aitana Ferrer', 'Pablo Serrano'] : ['Ruth Collins', 'Imran Shah'],
    },
    bank: { id: 'momentos-cx', version: 2 },
    ratings: {
      'customers.segments': 3,
      'customers.voice': 2,
      'customers.promise': 'dontKnow',
      'customers.differentiate': 3,
    },
    prompts: {
      'customers.who': hotel
        ? 'Huéspedes del hotel en el desayuno y la cena, y clientes de fuera los fines de semana.'
        : 'Patients sent for blood tests, the clinic’s own doctors, and two care homes nearby.',
    },
    comments: {},
    customerTypes: [],
    moments: [],
    actions: [],
  };
}

// ---------------------------------------------------------------------------------------------------
// Driving the app.

/**
 * Waits until what is on screen is final: web fonts loaded, the save indicator (inside a workshop)
 * not saving, every chart drawn with ink on its canvas, and two frames painted.
 * @param {Page} page
 * @param {Lang} lang
 */
async function settle(page, lang) {
  await page.evaluate(() => document.fonts.ready.then(() => true));
  const save = page.getByRole('status', { name: t(lang, 'save.label'), exact: true });
  if (await save.count())
    await save.filter({ hasNotText: t(lang, 'save.saving') }).waitFor({ state: 'visible' });
  // The radar marks its canvas once its first frame is drawn; every chart must also show ink.
  if (await page.locator('canvas[data-chart="radar"]').count())
    await page
      .locator('canvas[data-chart="radar"][data-drawn]')
      .first()
      .waitFor({ state: 'attached' });
  if (await page.locator('canvas[data-chart]').count())
    await page.waitForFunction(() =>
      [...document.querySelectorAll('canvas[data-chart]')].every((node) => {
        const canvas = /** @type {HTMLCanvasElement} */ (node);
        if (canvas.width === 0 || canvas.height === 0) return false;
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
        return pixels ? pixels.data.some((value, i) => i % 4 === 3 && value > 0) : false;
      }),
    );
  // The header's "saved" dot and focus rings are not what the pictures are about.
  await page.mouse.move(0, 0);
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))),
  );
}

/**
 * Scrolls so that an element sits near the top of the window.
 * @param {import('@playwright/test').Locator} element
 */
async function scrollToTop(element) {
  await element.waitFor({ state: 'visible' });
  await element.evaluate((node) => {
    node.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
}

/**
 * The results as a long picture, from the top down to the end of the action plan's first action (the
 * rest of the plan is more of the same); the whole page if the plan has no action on screen.
 * @param {Page} page
 * @param {Lang} lang
 * @param {string} name
 */
async function shootResultsPage(page, lang, name) {
  const plan = page.getByRole('region', { name: t(lang, 'results.actions.heading'), exact: true });
  const firstAction = plan.getByRole('article').first();
  const bottom = (await firstAction.count())
    ? await firstAction.evaluate(
        (node) => node.getBoundingClientRect().bottom + window.scrollY + 24,
      )
    : null;
  await shoot(page, lang, name, { fullPage: true, clipHeight: bottom });
}

/**
 * Goes to one step of the open workshop through the step bar.
 * @param {Page} page
 * @param {Lang} lang
 * @param {'results' | import('../src/domain/bank-ids.ts').AreaId} step
 */
async function goToStep(page, lang, step) {
  const steps = page.getByRole('navigation', { name: t(lang, 'step.stepsLabel'), exact: true });
  if (step === 'results') {
    await steps.getByRole('link', { name: t(lang, 'results.step'), exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: t(lang, 'results.heading'), exact: true })
      .waitFor();
    return;
  }
  // A step's name is its short label then its count ("Clientes 6 de 9 respondidas"), which tells
  // "Clientes" from "Clientes internos".
  const label = new RegExp(`^${escapeRegExp(t(lang, `area.${step}.short`))}\\s+\\d`);
  await steps.getByRole('link', { name: label }).click();
  await page
    .getByRole('heading', { level: 1, name: t(lang, `area.${step}.title`), exact: true })
    .waitFor();
  await page.getByRole('radiogroup').first().waitFor();
}

/**
 * Opens a workshop from the home screen's list.
 * @param {Page} page
 * @param {Lang} lang
 * @param {Workshop} workshop
 */
async function openFromHome(page, lang, workshop) {
  await page
    .getByRole('group', { name: t(lang, 'home.list.actionsFor', { title: workshop.title }) })
    .getByRole('link', { name: t(lang, 'home.list.open'), exact: true })
    .click();
  await page.getByRole('navigation', { name: t(lang, 'step.stepsLabel'), exact: true }).waitFor();
}

/**
 * Waits for the home screen with its list of saved workshops.
 * @param {Page} page
 * @param {Lang} lang
 * @param {Workshop[]} workshops
 */
async function homeReady(page, lang, workshops) {
  await page
    .getByRole('heading', { level: 1, name: t(lang, 'home.heading'), exact: true })
    .waitFor();
  for (const workshop of workshops)
    await page.getByRole('heading', { level: 3, name: workshop.title, exact: true }).waitFor();
  // The storage panel arrives once the page has settled; waiting for it keeps the layout still.
  await page
    .getByRole('heading', { name: t(lang, 'data.storage.heading'), exact: true })
    .waitFor({ state: 'attached' });
}

// ---------------------------------------------------------------------------------------------------
// The run.

/** @type {string[]} */
const taken = [];
let staging = '';
let doing = 'starting';

/**
 * @param {Page} page
 * @param {Lang} lang
 * @param {string} name file name without .png
 * @param {{ fullPage?: boolean; clipHeight?: number | null; top?: boolean }} [options] `top`: the
 *   first screen, scrolled to the very top
 */
async function shoot(page, lang, name, { fullPage = false, clipHeight = null, top = false } = {}) {
  doing = `taking ${name}.png`;
  if (top) await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page, lang);
  const width = page.viewportSize()?.width ?? DESKTOP.width;
  await page.screenshot({
    path: join(staging, `${name}.png`),
    type: 'png',
    fullPage,
    ...(clipHeight ? { clip: { x: 0, y: 0, width, height: Math.ceil(clipHeight) } } : {}),
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
  });
  taken.push(`${name}.png`);
}

/**
 * A new browser context in one language, with its workshops stored in IndexedDB before the app
 * loads, and the home screen open.
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {Lang} lang
 * @param {Workshop[]} workshops
 * @param {'desktop' | 'phone'} device
 */
async function openApp(browser, baseUrl, lang, workshops, device) {
  const context = await browser.newContext({
    viewport: device === 'phone' ? PHONE : DESKTOP,
    deviceScaleFactor: 1,
    isMobile: device === 'phone',
    hasTouch: device === 'phone',
    locale: lang === 'es' ? 'es-ES' : 'en-US',
    timezoneId: lang === 'es' ? 'Europe/Madrid' : 'America/Chicago',
    // Charts drawn at once, no animation caught half-way; no offline-cache notice over the pictures.
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  doing = `seeding the ${lang} workshops`;
  await seedWorkshops(page, baseUrl, workshops);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: LOCALE_KEY,
    value: lang,
  });
  doing = `opening the app in ${lang}`;
  await page.goto(baseUrl);
  await homeReady(page, lang, workshops);
  return { context, page };
}

/**
 * Exports the report from the results screen in `lang` through the real dialog and renders its
 * first two pages as PNGs.
 * @param {Page} page
 * @param {Lang} lang the interface's language
 * @param {Lang} reportLang
 */
async function exportReport(page, lang, reportLang) {
  doing = `exporting the ${reportLang} PDF`;
  await page.getByRole('button', { name: t(lang, 'report.export.button') }).click();
  const dialog = page.getByRole('dialog', { name: t(lang, 'report.export.heading') });
  await dialog.getByRole('radio', { name: t(lang, `lang.${reportLang}`), exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t(lang, 'report.export.create'), exact: true }).click();
  const download = await downloading;
  const pdf = join(staging, `report-${reportLang}.pdf`);
  await download.saveAs(pdf);
  await dialog.waitFor({ state: 'hidden' });
  doing = `rendering the ${reportLang} PDF with pdftoppm`;
  for (const number of [1, 2]) {
    const name = `report-page-${number}-${reportLang}`;
    // One page per call with -singlefile: the file name does not depend on the page count.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(number),
      '-l',
      String(number),
      '-singlefile',
      pdf,
      join(staging, name),
    ]);
    taken.push(`${name}.png`);
  }
}

/**
 * Runs `work` on a page of a new context, keeping a picture of the page as it was if it fails.
 * @param {{ context: import('@playwright/test').BrowserContext; page: Page }} opened
 * @param {(page: Page) => Promise<void>} work
 */
async function using({ context, page }, work) {
  try {
    await work(page);
  } catch (error) {
    await page.screenshot({ path: join(staging, 'failed.png') }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

/**
 * Chromium in one language: its own language decides how date fields show dates (dd/mm/yyyy or
 * mm/dd/yyyy), whatever the page's. On Linux it comes from LANGUAGE, and needs the browser's
 * translations (Debian: chromium-l10n); without them date fields show mm/dd/yyyy.
 * @param {string} executablePath
 * @param {Lang} lang
 */
function launchIn(executablePath, lang) {
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    env: { ...process.env, LANGUAGE: lang === 'es' ? 'es' : 'en_US' },
  });
}

/**
 * Every picture in one language.
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {Lang} lang
 */
async function shootLanguage(browser, baseUrl, lang) {
  const main = lang === 'es' ? hotelWorkshop() : clinicWorkshop();
  const workshops = [main, startedWorkshop(lang)];

  await using(await openApp(browser, baseUrl, lang, workshops, 'desktop'), async (page) => {
    await shoot(page, lang, `desktop-home-${lang}`);
    doing = `opening the ${lang} workshop`;
    await openFromHome(page, lang, main);
    if (lang === 'es') {
      await goToStep(page, lang, 'customers');
      await shoot(page, lang, `desktop-area-${lang}`, { top: true });
      await scrollToTop(statementsHeading(page, lang));
      await shoot(page, lang, `desktop-statements-${lang}`);
      await goToStep(page, lang, 'moments');
      // The map itself, below its entry form: from the switch between the list and the matrix.
      const views = page.getByRole('group', {
        name: t(lang, 'inventory.moments.viewLabel'),
        exact: true,
      });
      await scrollToTop(views);
      await shoot(page, lang, `desktop-moments-${lang}`);
      doing = 'switching the map to the matrix';
      await views
        .getByRole('button', { name: t(lang, 'inventory.moments.viewMatrix'), exact: true })
        .click();
      await page
        .getByRole('region', { name: t(lang, 'inventory.moments.matrixCaption'), exact: true })
        .waitFor();
      await scrollToTop(views);
      await shoot(page, lang, `desktop-moments-matrix-${lang}`);
    }
    await goToStep(page, lang, 'results');
    await shoot(page, lang, `desktop-results-${lang}`, { top: true });
    if (lang === 'en') await shootResultsPage(page, lang, `desktop-results-page-${lang}`);
    await exportReport(page, lang, lang);
  });

  await using(await openApp(browser, baseUrl, lang, workshops, 'phone'), async (page) => {
    doing = `opening the ${lang} workshop on a phone`;
    await openFromHome(page, lang, main);
    if (lang === 'es') {
      await goToStep(page, lang, 'customers');
      await scrollToTop(statementsHeading(page, lang));
      await shoot(page, lang, `phone-area-${lang}`);
    }
    await goToStep(page, lang, 'results');
    await shoot(page, lang, `phone-results-${lang}`, { top: true });
  });
}

/**
 * @param {Page} page
 * @param {Lang} lang
 */
const statementsHeading = (page, lang) =>
  page.getByRole('heading', { level: 2, name: t(lang, 'step.statementsHeading'), exact: true });

async function main() {
  const started = Date.now();
  doing = 'looking for pdftoppm';
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftoppm not found: apt-get install -y poppler-utils');
  }
  const executablePath = chromiumPath();
  if (existsSync(DEBIAN_LOCALES) && !existsSync(join(DEBIAN_LOCALES, 'es.pak')))
    console.warn(
      'screenshots: Chromium has no Spanish translation here, so Spanish date fields will show ' +
        'mm/dd/yyyy (apt-get install -y chromium-l10n fixes it)',
    );

  doing = `building the app into ${BUILD_DIR}`;
  console.log(`screenshots: building the app into ${BUILD_DIR} (dist/ is left alone)`);
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', BUILD_DIR, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  doing = 'checking the build';
  const problems = checkDist(BUILD_DIR);
  if (problems.length)
    throw new Error(
      `the dist check found ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
    );

  staging = mkdtempSync(join(tmpdir(), 'momentos-screenshots-'));
  doing = 'starting the server';
  const server = await startStaticServer({ root: BUILD_DIR });
  try {
    for (const lang of /** @type {Lang[]} */ (['es', 'en'])) {
      console.log(`screenshots: ${lang}…`);
      doing = `starting Chromium in ${lang}`;
      const browser = await launchIn(executablePath, lang);
      try {
        await shootLanguage(browser, server.url, lang);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }

  doing = `writing ${OUT_DIR}`;
  mkdirSync(OUT_DIR, { recursive: true });
  for (const old of readdirSync(OUT_DIR).filter((f) => f.endsWith('.png')))
    rmSync(join(OUT_DIR, old));
  let total = 0;
  console.log(`\nWrote ${taken.length} images to docs/screenshots/:`);
  for (const name of taken) {
    copyFileSync(join(staging, name), join(OUT_DIR, name));
    const size = statSync(join(OUT_DIR, name)).size;
    total += size;
    console.log(`  ${name.padEnd(34)} ${(size / 1024).toFixed(0).padStart(5)} kB`);
  }
  console.log(
    `  ${'total'.padEnd(34)} ${(total / 1024).toFixed(0).padStart(5)} kB, in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  rmSync(staging, { recursive: true, force: true });
  rmSync(BUILD_DIR, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nscreenshots: failed while ${doing}: ${message}`);
  if (staging)
    console.error(
      `(what was taken so far, and failed.png, the page as it failed, are in ${staging}; docs/screenshots/ is unchanged)`,
    );
  process.exitCode = 1;
}
