// @vitest-environment node
// Issue 16: a participant's answers and the facilitator's setup travel in a link's fragment; the
// reader checks size, format, checksum, inflated size and schema before anything is used.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BANK_ID, BANK_VERSION, BANK_VERSIONS, type Rating } from '../../src/domain/bank-ids';
import { CODE_PATTERN, type ParticipantAnswers } from '../../src/domain/team';
import { ID_PATTERN, LIMITS } from '../../src/domain/limits';
import { crc32, crc32Hex, deflate } from '../../src/persistence/link-bytes';
import {
  answersFromLink,
  decodeAnswers,
  decodeSetup,
  encodeAnswers,
  encodeSetup,
  fitsLink,
  JOIN_ROUTE,
  LINK_BUDGET,
  linkTo,
  MAX_INFLATED_BYTES,
  MAX_LINK_TEXT,
  payloadOf,
  RETURN_ROUTE,
  setupFromLink,
  type LinkRead,
} from '../../src/persistence/team-link';
import { statementIdsOf } from '../../src/persistence/team-schema';
import { makeAnswers, makeSetup, typicalAnswers } from '../fixtures/team';

type Json = Record<string, unknown>;

/** Where the facilitator's app is served (a sub-path of GitHub Pages, as the hosting guide shows). */
const ORIGIN = 'https://consultora-ejemplo.github.io/momentos-cx/';

function value<T>(result: LinkRead<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

/** A payload with a correct checksum around any bytes: what only a deliberate forger could make. */
async function forge(content: string | Uint8Array, prefix = 'a1'): Promise<string> {
  const raw = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const bytes = await deflate(new Uint8Array(raw));
  return `${prefix}.${Buffer.from(bytes).toString('base64url')}.${crc32Hex(bytes)}`;
}

/** The same around bytes that are not deflated by us (cut, or not deflate at all). */
function forgeRaw(bytes: Uint8Array, prefix = 'a1'): string {
  return `${prefix}.${Buffer.from(bytes).toString('base64url')}.${crc32Hex(bytes)}`;
}

/** The compact form of makeAnswers(), to change one part at a time. */
function compact(over: Json = {}): Json {
  return {
    v: 2,
    i: 'p-1',
    n: 'Ana',
    c: 'K7MQ2X',
    t: '2026-11-20T17:45:12.345Z',
    r: '12345?n0',
    k: [[0, 'Bien']],
    m: [['Cita', 5, 0, 3, 1]],
    ...over,
  };
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

function expectUnpolluted() {
  expect(({} as Json).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(PROTOTYPE_NAMES);
}

afterEach(() => {
  delete (Object.prototype as Json).polluted;
});

// -----------------------------------------------------------------------------------------------

describe('crc32', () => {
  it('gives the check value of the standard ("123456789" -> cbf43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32Hex(new Uint8Array())).toBe('00000000');
    expect(crc32Hex(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))).toBe(
      '414fa339',
    );
  });
});

describe('encodeAnswers and decodeAnswers', () => {
  it.each(BANK_VERSIONS)(
    'read back exactly what was written (bank version %i: accents, emoji, every rating, comments, moments)',
    async (version) => {
      const answers = makeAnswers({ bank: { id: BANK_ID, version } });
      const payload = await encodeAnswers(answers);
      expect(value(await decodeAnswers(payload))).toStrictEqual(answers);
    },
  );

  it('read back anonymous answers with nothing answered', async () => {
    const answers = makeAnswers({ name: '', ratings: {}, comments: {}, moments: [] });
    const payload = await encodeAnswers(answers);
    expect(value(await decodeAnswers(payload))).toStrictEqual(answers);
  });

  it('read back a comment on every statement at LIMITS.comment, and LIMITS.participantMoments moments', async () => {
    const ids = statementIdsOf(BANK_VERSION);
    const comments = Object.fromEntries(
      ids.map((id, i) => [id, `${i} ¿Qué…? 😀 `.repeat(100).slice(0, LIMITS.comment)]),
    );
    const moments = Array.from({ length: LIMITS.participantMoments }, (_, i) => ({
      name: `Momento ${i} — “entrega”`,
      importance: 1,
      expectation: 2,
      promise: 3,
      delivered: null,
    })) as ParticipantAnswers['moments'];
    const answers = makeAnswers({ comments, moments });
    expect(value(await decodeAnswers(await encodeAnswers(answers)))).toStrictEqual(answers);
  });

  it('write only characters a URL fragment keeps as they are: a1.<base64url>.<8 hex>', async () => {
    const payload = await encodeAnswers(makeAnswers());
    expect(payload).toMatch(/^a1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(encodeURIComponent(payload)).toBe(payload);
  });

  it.each([
    ['a statement of another bank version', { ratings: { 'customers.perception': 3 as Rating } }],
    ['an unknown statement', { comments: { 'customers.nothing': 'x' } }],
    ['a blank comment', { comments: { 'customers.voice': '  ' } }],
    ['a comment over LIMITS.comment', { comments: { 'customers.voice': 'x'.repeat(501) } }],
    ['a bad code', { code: 'K7MQ2O' }],
    ['a bad participant id', { participantId: 'a b' }],
    ['a bank this app does not know', { bank: { id: BANK_ID, version: 3 } }],
    ['another bank', { bank: { id: 'other', version: 2 } }],
    ['a date that is not a timestamp', { submittedAt: '20/11/2026' }],
    [
      'a moment without a name',
      {
        moments: [
          { name: ' ', importance: null, expectation: null, promise: null, delivered: null },
        ],
      },
    ],
  ] as [string, Partial<ParticipantAnswers>][])(
    'refuse to write answers with %s',
    async (_, over) => {
      await expect(encodeAnswers(makeAnswers(over))).rejects.toMatchObject({
        name: 'WriteRefusedError',
      });
    },
  );

  it('encode and decode one typical participant in at most 20 ms', async () => {
    const answers = typicalAnswers(5, 5);
    // The first call also loads Node's web streams and zlib (built into a browser): logged, not held
    // to the target; bench/measures/team-link.js times the first call in Chromium.
    const first = performance.now();
    await decodeAnswers(await encodeAnswers(answers));
    const firstMs = performance.now() - first;
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const started = performance.now();
      const read = await decodeAnswers(await encodeAnswers(answers));
      times.push(performance.now() - started);
      expect(read.ok).toBe(true);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? NaN;
    console.info(
      `team link: encode + decode of one participant: median ${median.toFixed(2)} ms, max ${times.at(-1)?.toFixed(2)} ms (first call ${firstMs.toFixed(1)} ms)`,
    );
    expect(median).toBeLessThanOrEqual(20);
  });
});

describe('encodeSetup and decodeSetup', () => {
  it.each([true, false])('read back the setup (names required: %s)', async (namesRequired) => {
    const setup = makeSetup({ namesRequired });
    const payload = await encodeSetup(setup);
    expect(payload).toMatch(/^s1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(value(await decodeSetup(payload))).toStrictEqual(setup);
  });

  it('refuse to write a setup with a blank organisation or a bad code', async () => {
    await expect(encodeSetup(makeSetup({ organisation: ' ' }))).rejects.toThrow();
    await expect(encodeSetup(makeSetup({ code: 'abc' }))).rejects.toThrow();
  });

  it('say "newer" for a setup of a bank this app does not know yet', async () => {
    const payload = await forge(JSON.stringify({ v: 99, c: 'K7MQ2X', o: 'Acme', r: true }), 's1');
    expect(await decodeSetup(payload)).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('refuse answers given as a setup and a setup given as answers (foreign)', async () => {
    const answers = await encodeAnswers(makeAnswers());
    const setup = await encodeSetup(makeSetup());
    expect(await decodeSetup(answers)).toMatchObject({ reason: 'foreign' });
    expect(await decodeAnswers(setup)).toMatchObject({ reason: 'foreign' });
  });
});

describe('links that cannot be read', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '  \n\t '],
  ])('%s → empty', async (_, text) => {
    expect(await decodeAnswers(text)).toStrictEqual({ ok: false, reason: 'empty', problems: [] });
  });

  it.each([
    ['a word', 'hola'],
    ['another site', 'https://example.com/page'],
    ['another kind of payload', 'x1.AAAA.00000000'],
    ['an upper-case prefix', 'A1.AAAA.00000000'],
    ['a version with a leading zero', 'a01.AAAA.00000000'],
    ['version zero', 'a0.AAAA.00000000'],
    ['markup', '<img src=x onerror=alert(1)>'],
  ])('%s → foreign', async (_, text) => {
    expect(await decodeAnswers(text)).toMatchObject({ ok: false, reason: 'foreign' });
  });

  it('says "newer" for a format this app does not know yet, whatever follows', async () => {
    const payload = await encodeAnswers(makeAnswers());
    expect(await decodeAnswers(payload.replace(/^a1/, 'a2'))).toMatchObject({ reason: 'newer' });
    expect(await decodeAnswers('a17.whatever')).toMatchObject({ reason: 'newer' });
    expect(await decodeAnswers('s2.x.y'.replace('s', 'a'))).toMatchObject({ reason: 'newer' });
  });

  it('says "newer" for answers to a bank this app does not know yet', async () => {
    expect(await decodeAnswers(await forge(JSON.stringify(compact({ v: 3 }))))).toMatchObject({
      reason: 'newer',
    });
  });

  it('refuses a text over the cap by its length, before decoding anything', async () => {
    vi.stubGlobal('DecompressionStream', function refuse() {
      throw new Error('decoded');
    });
    const payload = await encodeAnswers(makeAnswers());
    const long = payload.replace('.', `.${'A'.repeat(MAX_LINK_TEXT)}`);
    expect(await decodeAnswers(long)).toMatchObject({ ok: false, reason: 'tooLong' });
    expect(await decodeAnswers('x'.repeat(MAX_LINK_TEXT + 1))).toMatchObject({ reason: 'tooLong' });
    expect(await answersFromLink(`${ORIGIN}${RETURN_ROUTE}${long}`)).toMatchObject({
      reason: 'tooLong',
    });
  });

  it('says "truncated" for the link cut at every point', async () => {
    const payload = await encodeAnswers(makeAnswers());
    const reasons = new Set<string>();
    for (let cut = 1; cut < payload.length; cut++) {
      const read = await decodeAnswers(payload.slice(0, cut));
      expect(read, `cut at ${cut}`).toMatchObject({ ok: false });
      if (!read.ok) reasons.add(read.reason);
    }
    expect([...reasons]).toStrictEqual(['truncated']);
  });

  it('says "tampered" for any one character of the body changed', async () => {
    const payload = await encodeAnswers(makeAnswers());
    const [head, body = '', sum] = payload.split('.');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < body.length; i++) {
      // The next character of the alphabet: for the last one, only its low bits differ.
      const changed = alphabet[(alphabet.indexOf(body[i] ?? 'A') + 1) % alphabet.length];
      const text = `${head}.${body.slice(0, i)}${changed}${body.slice(i + 1)}.${sum}`;
      expect(await decodeAnswers(text), `changed at ${i}`).toMatchObject({ reason: 'tampered' });
    }
  });

  it('says "tampered" for any one character of the checksum changed', async () => {
    const payload = await encodeAnswers(makeAnswers());
    const at = payload.lastIndexOf('.') + 1;
    for (let i = at; i < payload.length; i++) {
      const digit = payload[i] ?? '0';
      for (const other of ['0', 'f', 'g', 'F'].filter((c) => c !== digit)) {
        const text = payload.slice(0, i) + other + payload.slice(i + 1);
        expect(await decodeAnswers(text), `${other} at ${i}`).toMatchObject({
          reason: 'tampered',
        });
      }
    }
  });

  it('says "truncated" for characters base64url does not have', async () => {
    const payload = await encodeAnswers(makeAnswers());
    const at = payload.indexOf('.') + 5;
    for (const bad of ['+', '/', '=', '%', ' ', 'é', '<', '\u0000', '😀'])
      expect(
        await decodeAnswers(payload.slice(0, at) + bad + payload.slice(at + 1)),
        JSON.stringify(bad),
      ).toMatchObject({ reason: 'truncated' });
  });

  it('says "truncated" when the compressed data ends early, even with a correct checksum', async () => {
    const bytes = await deflate(new TextEncoder().encode(JSON.stringify(compact())));
    for (const keep of [1, 5, Math.floor(bytes.length / 2), bytes.length - 1])
      expect(await decodeAnswers(forgeRaw(bytes.slice(0, keep))), `${keep}`).toMatchObject({
        reason: 'truncated',
      });
    expect(await decodeAnswers(forgeRaw(new Uint8Array([255, 255, 255, 255])))).toMatchObject({
      reason: 'truncated',
    });
  });

  it('stops inflating a deflate bomb at the cap (10 MB from a payload under the length cap)', async () => {
    const bomb = await forge(new Uint8Array(10_000_000));
    expect(bomb.length).toBeLessThan(MAX_LINK_TEXT);
    const started = performance.now();
    expect(await decodeAnswers(bomb)).toMatchObject({ ok: false, reason: 'tooLong' });
    expect(performance.now() - started).toBeLessThan(1000);
    // Just over the cap is refused too; just under is read (and found not to be JSON).
    expect(await decodeAnswers(await forge(new Uint8Array(MAX_INFLATED_BYTES + 1)))).toMatchObject({
      reason: 'tooLong',
    });
    expect(await decodeAnswers(await forge(new Uint8Array(MAX_INFLATED_BYTES)))).toMatchObject({
      reason: 'invalid',
    });
  });

  it.each([
    ['not JSON', 'this is { not json'],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2]'],
    ['an unknown key', JSON.stringify(compact({ x: 1 }))],
    ['a missing key', JSON.stringify(compact({ m: undefined }))],
    ['more ratings than statements', JSON.stringify(compact({ r: '1'.repeat(37) }))],
    ['a rating that does not exist', JSON.stringify(compact({ r: '1x' }))],
    ['a comment on no statement', JSON.stringify(compact({ k: [[36, 'x']] }))],
    [
      'two comments on one statement',
      JSON.stringify(
        compact({
          k: [
            [1, 'x'],
            [1, 'y'],
          ],
        }),
      ),
    ],
    ['a blank comment', JSON.stringify(compact({ k: [[1, ' ']] }))],
    ['a negative index', JSON.stringify(compact({ k: [[-1, 'x']] }))],
    ['a level 6', JSON.stringify(compact({ m: [['Cita', 6, 0, 0, 0]] }))],
    ['a moment with an extra item', JSON.stringify(compact({ m: [['Cita', 1, 1, 1, 1, 1]] }))],
    [
      'too many moments',
      JSON.stringify(compact({ m: Array.from({ length: 51 }, () => ['Cita', 0, 0, 0, 0]) })),
    ],
    ['bank version 0', JSON.stringify(compact({ v: 0 }))],
    ['bank version 1.5', JSON.stringify(compact({ v: 1.5 }))],
    ['a bad code', JSON.stringify(compact({ c: 'abcdef' }))],
    ['a bad participant id', JSON.stringify(compact({ i: '../x' }))],
    ['a name over LIMITS.name', JSON.stringify(compact({ n: 'x'.repeat(501) }))],
    ['a bad timestamp', JSON.stringify(compact({ t: 'yesterday' }))],
  ])('%s, with a correct checksum → invalid', async (_, json) => {
    expect(await decodeAnswers(await forge(json))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('says "invalid" for bytes that are not UTF-8', async () => {
    expect(await decodeAnswers(await forge(new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({
      reason: 'invalid',
    });
  });

  it('names what is wrong', async () => {
    const read = await decodeAnswers(await forge(JSON.stringify(compact({ c: 'abcdef' }))));
    expect(read).toMatchObject({ problems: [{ kind: 'wrongValue', field: 'code' }] });
  });

  it.each([
    ['top', (json: string) => json.replace('{', '{"__proto__":{"polluted":1},')],
    [
      'top (constructor)',
      (json: string) => json.replace('{', '{"constructor":{"prototype":{"polluted":1}},'),
    ],
    ['a comment', (json: string) => json.replace('[[0,', '[{"__proto__":{"polluted":1}},[0,')],
    ['a moment', (json: string) => json.replace('"m":[', '"m":[{"__proto__":{"polluted":1}},')],
  ])('a "__proto__" payload in %s is refused and pollutes nothing', async (_, insert) => {
    const json = insert(JSON.stringify(compact()));
    expect(json).toContain('polluted');
    expect(await decodeAnswers(await forge(json))).toMatchObject({ reason: 'invalid' });
    expectUnpolluted();
  });

  it('reads "__proto__" and "constructor" as the plain text they are', async () => {
    const answers = makeAnswers({
      name: '__proto__',
      comments: { 'customers.voice': 'constructor' },
      moments: [
        { name: '__proto__', importance: 1, expectation: null, promise: null, delivered: null },
      ],
    });
    const read = value(await decodeAnswers(await encodeAnswers(answers)));
    expect(read).toStrictEqual(answers);
    expect(Object.getPrototypeOf(read.moments[0])).toBe(Object.prototype);
    expectUnpolluted();
  });

  it('reads a link followed by a full stop or spaces (the end of a sentence)', async () => {
    const answers = makeAnswers();
    const payload = await encodeAnswers(answers);
    expect(value(await decodeAnswers(`${payload}.`))).toStrictEqual(answers);
    expect(value(await decodeAnswers(` ${payload}\n`))).toStrictEqual(answers);
  });
});

describe('whole links', () => {
  it('put the payload after the route, replacing any hash the address has', () => {
    expect(linkTo(ORIGIN, RETURN_ROUTE, 'a1.x.y')).toBe(`${ORIGIN}#/return/a1.x.y`);
    expect(linkTo(`${ORIGIN}#/w/abc/results`, JOIN_ROUTE, 's1.x.y')).toBe(`${ORIGIN}#/join/s1.x.y`);
  });

  it('find the payload in a link, in its hash, or alone', () => {
    expect(payloadOf(`${ORIGIN}#/return/a1.x.y`, RETURN_ROUTE)).toBe('a1.x.y');
    expect(payloadOf('#/return/a1.x.y', RETURN_ROUTE)).toBe('a1.x.y');
    expect(payloadOf('a1.x.y', RETURN_ROUTE)).toBe('a1.x.y');
  });

  it('read the answers from a full link under a sub-path, and the setup from a join link', async () => {
    const answers = makeAnswers();
    const setup = makeSetup();
    const back = linkTo(ORIGIN, RETURN_ROUTE, await encodeAnswers(answers));
    const join = linkTo(ORIGIN, JOIN_ROUTE, await encodeSetup(setup));
    expect(value(await answersFromLink(back))).toStrictEqual(answers);
    expect(value(await answersFromLink(new URL(back).hash))).toStrictEqual(answers);
    expect(value(await setupFromLink(join))).toStrictEqual(setup);
    expect(await answersFromLink(join)).toMatchObject({ reason: 'foreign' });
    expect(await setupFromLink(back)).toMatchObject({ reason: 'foreign' });
  });

  it('fit the budget up to LINK_BUDGET characters', () => {
    expect(fitsLink('x'.repeat(LINK_BUDGET))).toBe(true);
    expect(fitsLink('x'.repeat(LINK_BUDGET + 1))).toBe(false);
  });
});

describe('sizes', () => {
  it('a full set of ratings with 5 short comments fits a link (and with 5 moments too)', async () => {
    const sizes: string[] = [];
    for (const [comments, moments] of [
      [0, 0],
      [5, 0],
      [5, 5],
    ] as const) {
      const link = linkTo(
        ORIGIN,
        RETURN_ROUTE,
        await encodeAnswers(typicalAnswers(comments, moments)),
      );
      sizes.push(`${comments} comments, ${moments} moments: ${link.length} characters`);
      expect(fitsLink(link)).toBe(true);
    }
    const setup = linkTo(ORIGIN, JOIN_ROUTE, await encodeSetup(makeSetup()));
    sizes.push(`setup: ${setup.length} characters`);
    expect(fitsLink(setup)).toBe(true);
    console.info(`team link sizes with ${ORIGIN}: ${sizes.join('; ')}`);
  });

  it('answers at every limit, every character escaped in JSON, inflate under the cap and read back', async () => {
    const ids = statementIdsOf(BANK_VERSION);
    const escaped = (n: number) => '\u0001'.repeat(n);
    const answers: ParticipantAnswers = {
      participantId: 'p'.repeat(64),
      name: escaped(LIMITS.name),
      code: 'K7MQ2X',
      bank: { id: BANK_ID, version: BANK_VERSION },
      submittedAt: '2026-11-20T17:45:12.123456789+01:00',
      ratings: Object.fromEntries(ids.map((id) => [id, 'notApplicable' as const])),
      comments: Object.fromEntries(ids.map((id) => [id, escaped(LIMITS.comment)])),
      moments: Array.from({ length: LIMITS.participantMoments }, () => ({
        name: escaped(LIMITS.text),
        importance: 5,
        expectation: 5,
        promise: 5,
        delivered: 5,
      })),
    };
    const payload = await encodeAnswers(answers);
    expect(payload.length).toBeLessThanOrEqual(MAX_LINK_TEXT);
    expect(value(await decodeAnswers(payload))).toStrictEqual(answers);
  });

  it('answers at the limits with varied text do not fit: the reader says tooLong, the UI offers the file', async () => {
    const random = fc.sample(fc.string({ minLength: 2000, maxLength: 2000 }), {
      numRuns: 50,
      seed: 7,
    });
    const answers = makeAnswers({
      moments: random.map((name, i) => ({
        name: `${i}${name}`.slice(0, LIMITS.text),
        importance: null,
        expectation: null,
        promise: null,
        delivered: null,
      })),
    });
    const payload = await encodeAnswers(answers);
    expect(fitsLink(linkTo(ORIGIN, RETURN_ROUTE, payload))).toBe(false);
    expect(payload.length).toBeGreaterThan(MAX_LINK_TEXT);
    expect(await decodeAnswers(payload)).toMatchObject({ ok: false, reason: 'tooLong' });
  });
});

// Properties -----------------------------------------------------------------------------------

const level = fc.constantFrom(null, 1, 2, 3, 4, 5);
const shortText = (max: number) =>
  fc.string({ unit: 'binary', maxLength: max }).filter((s) => s.length <= max);
const nonBlank = (max: number) => shortText(max).filter((s) => s.trim() !== '');
const rating = fc.constantFrom<Rating>(1, 2, 3, 4, 5, 'dontKnow', 'notApplicable');

const validAnswers: fc.Arbitrary<ParticipantAnswers> = fc
  .constantFrom(...BANK_VERSIONS)
  .chain((version) => {
    const ids = statementIdsOf(version);
    return fc.record(
      {
        participantId: fc.stringMatching(ID_PATTERN),
        name: shortText(60),
        code: fc.stringMatching(CODE_PATTERN),
        bank: fc.constant({ id: BANK_ID, version }),
        submittedAt: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        ratings: fc.dictionary(fc.constantFrom(...ids), rating, {
          maxKeys: ids.length,
          noNullPrototype: true,
        }),
        comments: fc.dictionary(fc.constantFrom(...ids), nonBlank(80), {
          maxKeys: 8,
          noNullPrototype: true,
        }),
        moments: fc.array(
          fc.record(
            {
              name: nonBlank(40),
              importance: level,
              expectation: level,
              promise: level,
              delivered: level,
            },
            { noNullPrototype: true },
          ),
          { maxLength: LIMITS.participantMoments },
        ),
      },
      { noNullPrototype: true },
    );
  });

describe('properties', () => {
  it('any valid answers read back exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const payload = await encodeAnswers(answers);
        expect(payload.length).toBeLessThanOrEqual(MAX_LINK_TEXT);
        expect(value(await decodeAnswers(payload))).toStrictEqual(answers);
      }),
      { numRuns: 150 },
    );
  }, 30_000); // 150 random participants, each encoded and decoded: seconds on a loaded machine

  it('the reader never throws and never hands out what the writer would refuse', async () => {
    const payload = await encodeAnswers(makeAnswers());
    const mutated = fc
      .tuple(fc.nat({ max: payload.length }), fc.nat({ max: payload.length }), shortText(6))
      .map(([at, cut, insert]) => payload.slice(0, at) + insert + payload.slice(Math.max(at, cut)));
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, fc.string(), shortText(40)), async (text) => {
        const read = await decodeAnswers(text);
        if (read.ok) await expect(encodeAnswers(read.value)).resolves.toBeTypeOf('string');
        expectUnpolluted();
      }),
      { numRuns: 300 },
    );
  });
});
