// @vitest-environment node
// Issue 16: the file a participant hands back when a link will not do is written only when it can be
// read back, and read like every file from outside (size first, guarded parse, known keys only).
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import type { ParticipantAnswers } from '../../src/domain/team';
import { makeBackup } from '../../src/persistence/backup';
import {
  makeParticipantFile,
  PARTICIPANT_FILE_VERSION,
  readParticipantFile,
  readParticipantText,
  type ParticipantRead,
} from '../../src/persistence/participant-file';
import { ParticipantAnswersSchema } from '../../src/persistence/team-schema';
import * as v from 'valibot';
import { makeAnswers } from '../fixtures/team';
import { makeWorkshop } from '../fixtures/workshops';

type Json = Record<string, unknown>;

const NOW = new Date('2026-11-20T18:00:00.000Z');

function answersOf(result: ParticipantRead): ParticipantAnswers {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.answers;
}

/** The JSON of a participant file around these answers (as plain JSON). */
const fileJson = (answers: unknown = json(makeAnswers()), over: Json = {}): Json => ({
  app: 'momentos',
  kind: 'participant',
  schemaVersion: PARTICIPANT_FILE_VERSION,
  exportedAt: NOW.toISOString(),
  answers,
  ...over,
});

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A Blob-like object of that size whose content must never be read. */
function unreadableBlob(size: number) {
  const refuse = () => {
    throw new Error('the content was read');
  };
  return {
    size,
    type: 'application/json',
    text: vi.fn(refuse),
    arrayBuffer: vi.fn(refuse),
    stream: vi.fn(refuse),
    slice: vi.fn(refuse),
    bytes: vi.fn(refuse),
  };
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

function expectUnpolluted() {
  expect(({} as Json).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(PROTOTYPE_NAMES);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

afterEach(() => {
  delete (Object.prototype as Json).polluted;
});

// -----------------------------------------------------------------------------------------------

describe('makeParticipantFile', () => {
  it('writes the answers in a versioned envelope that reads back exactly', () => {
    const answers = makeAnswers();
    const file = makeParticipantFile(answers, NOW);
    expect(JSON.parse(file.text)).toStrictEqual({
      app: 'momentos',
      kind: 'participant',
      schemaVersion: 1,
      exportedAt: '2026-11-20T18:00:00.000Z',
      answers: json(answers),
    });
    expect(answersOf(readParticipantText(file.text))).toStrictEqual(answers);
  });

  it.each([
    ['María José Fernández-Núñez 👩‍🔧', 'maria-jose-fernandez-nunez.momentos.json'],
    ['', 'participant.momentos.json'],
    ['😀', 'participant.momentos.json'],
    ['../../etc/passwd', 'etc-passwd.momentos.json'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1.momentos.json'],
    ['Con', 'con-participant.momentos.json'],
  ])('names the file after the participant: %j → %s', (name, fileName) => {
    expect(makeParticipantFile(makeAnswers({ name }), NOW).fileName).toBe(fileName);
  });

  it.each([
    ['a comment over LIMITS.comment', { comments: { 'customers.voice': 'x'.repeat(501) } }],
    ['a name over LIMITS.name', { name: 'x'.repeat(LIMITS.name + 1) }],
    ['a bad code', { code: 'nope' }],
    [
      'more moments than LIMITS.participantMoments',
      {
        moments: Array.from({ length: LIMITS.participantMoments + 1 }, () => ({
          name: 'Cita',
          importance: null,
          expectation: null,
          promise: null,
          delivered: null,
        })),
      },
    ],
  ] as [string, Partial<ParticipantAnswers>][])('refuses to write %s', (_, over) => {
    expect(() => makeParticipantFile(makeAnswers(over), NOW)).toThrow(
      expect.objectContaining({ name: 'WriteRefusedError' }),
    );
  });
});

describe('bad files', () => {
  const real = makeParticipantFile(makeAnswers(), NOW).text;
  const answers = json(makeAnswers()) as unknown as Json;

  const TABLE: [string, string, string][] = [
    ['not JSON', 'this is not { json', 'notJson'],
    ['a real file cut in half', real.slice(0, Math.floor(real.length / 2)), 'notJson'],
    ['empty', '', 'empty'],
    ['whitespace only', ' \n\t ', 'empty'],
    ['JSON null', 'null', 'foreign'],
    ['a JSON array', '[{"app":"momentos","kind":"participant"}]', 'foreign'],
    ['another app’s JSON', '{"type":"excalidraw","version":2,"elements":[]}', 'foreign'],
    ['a backup of ours', makeBackup([makeWorkshop()], NOW).text, 'foreign'],
    ['kind in another case', JSON.stringify(fileJson(answers, { kind: 'Participant' })), 'foreign'],
    ['schemaVersion 2', JSON.stringify(fileJson(answers, { schemaVersion: 2 })), 'newer'],
    [
      'answers to a newer bank',
      JSON.stringify(fileJson({ ...answers, bank: { id: 'momentos-cx', version: 3 } })),
      'newer',
    ],
    ['schemaVersion "1"', JSON.stringify(fileJson(answers, { schemaVersion: '1' })), 'invalid'],
    ['schemaVersion 0', JSON.stringify(fileJson(answers, { schemaVersion: 0 })), 'invalid'],
    ['no exportedAt', JSON.stringify(fileJson(answers, { exportedAt: undefined })), 'invalid'],
    ['no answers', JSON.stringify(fileJson(answers, { answers: undefined })), 'invalid'],
    ['answers that are a list', JSON.stringify(fileJson([answers])), 'invalid'],
    ['no ratings', JSON.stringify(fileJson({ ...answers, ratings: undefined })), 'invalid'],
    [
      'a rating of 7',
      JSON.stringify(fileJson({ ...answers, ratings: { 'customers.voice': 7 } })),
      'invalid',
    ],
    [
      'an unknown statement',
      JSON.stringify(fileJson({ ...answers, ratings: { 'customers.future': 3 } })),
      'invalid',
    ],
    [
      'a statement of another bank version',
      JSON.stringify(fileJson({ ...answers, ratings: { 'customers.perception': 3 } })),
      'invalid',
    ],
    [
      'another bank',
      JSON.stringify(fileJson({ ...answers, bank: { id: 'x', version: 2 } })),
      'invalid',
    ],
  ];

  it.each(TABLE)('%s → refused (%s)', (_, text, reason) => {
    let result: ParticipantRead | undefined;
    expect(() => (result = readParticipantText(text))).not.toThrow();
    expect(result).toMatchObject({ ok: false, reason });
  });

  it.each(TABLE)('%s → refused (%s) when read as a file', async (_, text, reason) => {
    await expect(readParticipantFile(new Blob([text]))).resolves.toMatchObject({
      ok: false,
      reason,
    });
  });

  it('names the field that is wrong, inside the answers', () => {
    const text = JSON.stringify(fileJson({ ...answers, code: 'nope' }));
    expect(readParticipantText(text)).toMatchObject({
      reason: 'invalid',
      problems: [{ kind: 'wrongValue', field: 'answers.code' }],
    });
  });

  it('leaves out keys it does not know, in the envelope, the answers, the bank and a moment', () => {
    const moments = answers.moments as Json[];
    const odd = {
      ...answers,
      extra: 1,
      bank: { ...(answers.bank as Json), extra: 2 },
      moments: [{ ...moments[0], extra: 3 }, ...moments.slice(1)],
    };
    const read = answersOf(readParticipantText(JSON.stringify(fileJson(odd, { extra: 0 }))));
    expect(read).toStrictEqual(makeAnswers());
  });
});

describe('file size', () => {
  it('refuses a file over LIMITS.fileBytes by its size, before reading a byte of it', async () => {
    const blob = unreadableBlob(LIMITS.fileBytes + 1);
    await expect(readParticipantFile(blob as unknown as Blob)).resolves.toMatchObject({
      ok: false,
      reason: 'tooLarge',
    });
    for (const read of [blob.text, blob.arrayBuffer, blob.stream, blob.slice, blob.bytes])
      expect(read).not.toHaveBeenCalled();
  });

  it('refuses a text over LIMITS.fileBytes before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(readParticipantText(' '.repeat(LIMITS.fileBytes + 1))).toMatchObject({
      reason: 'tooLarge',
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses an empty file without reading it, and says notJson when reading fails', async () => {
    const empty = unreadableBlob(0);
    await expect(readParticipantFile(empty as unknown as Blob)).resolves.toMatchObject({
      reason: 'empty',
    });
    expect(empty.text).not.toHaveBeenCalled();
    await expect(
      readParticipantFile(unreadableBlob(100) as unknown as Blob),
    ).resolves.toMatchObject({ ok: false, reason: 'notJson' });
  });

  it('reads a real file', async () => {
    const answers = makeAnswers();
    const { text } = makeParticipantFile(answers, NOW);
    await expect(readParticipantFile(new Blob([text]))).resolves.toStrictEqual({
      ok: true,
      answers,
    });
  });
});

describe('prototype pollution', () => {
  const PAYLOADS = {
    __proto__: '"__proto__":{"polluted":1}',
    constructor: '"constructor":{"prototype":{"polluted":1}}',
  } as const;
  const MARK = '"@@HERE@@":0';

  /** A real file's JSON with the payload inserted as the first key of `where`. */
  function withPayload(where: string, key: keyof typeof PAYLOADS): string {
    const answers = json(makeAnswers()) as unknown as Json & { moments: Json[] };
    const targets: Record<string, Json> = {
      answers,
      bank: answers.bank as Json,
      ratings: answers.ratings as Json,
      comments: answers.comments as Json,
      moment: answers.moments[0] as Json,
    };
    const envelope = fileJson(answers);
    Object.assign(targets[where] ?? envelope, { '@@HERE@@': 0 });
    const text = JSON.stringify(envelope).replace(MARK, PAYLOADS[key]);
    expect(text).toContain(PAYLOADS[key]);
    return text;
  }

  const CASES = ['top', 'answers', 'bank', 'ratings', 'comments', 'moment'].flatMap((where) => [
    [where, '__proto__'] as const,
    [where, 'constructor'] as const,
  ]);

  it.each(CASES)(
    'a payload in %s with %s pollutes nothing and leaks into nothing',
    (where, key) => {
      let result: ParticipantRead | undefined;
      expect(() => (result = readParticipantText(withPayload(where, key)))).not.toThrow();
      expectUnpolluted();
      if (!result?.ok) return;
      const a = result.answers;
      for (const object of [a, a.bank, a.ratings, a.comments, ...a.moments]) {
        expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
        expect(Object.getOwnPropertyNames(object)).not.toContain('__proto__');
        expect((object as Json).polluted).toBeUndefined();
      }
      expect(v.safeParse(ParticipantAnswersSchema, a).success).toBe(true);
      expect(JSON.stringify(a)).toBe(JSON.stringify(makeAnswers()));
    },
  );

  it('a file that is only {"__proto__": {...}} is foreign', () => {
    expect(readParticipantText('{"__proto__":{"polluted":1}}')).toMatchObject({
      reason: 'foreign',
    });
    expectUnpolluted();
  });
});

describe('the reader, fuzzed', () => {
  const base = JSON.parse(makeParticipantFile(makeAnswers(), NOW).text) as Json;
  const KEYS = [
    '__proto__',
    'constructor',
    'answers',
    'ratings',
    'bank',
    'moments',
    'name',
    'kind',
  ];

  it('never throws, and what it hands out the writer accepts', () => {
    const change = fc.record({
      path: fc.array(fc.constantFrom(...KEYS, '0', 'version', 'customers.voice'), {
        minLength: 1,
        maxLength: 3,
      }),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(7, '', 'x'.repeat(501))),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const raw = structuredClone(base);
        for (const { path, value } of changes) {
          let target: unknown = raw;
          // Own keys only: walking into "__proto__" would change the test's own Object.prototype.
          for (const key of path.slice(0, -1))
            target =
              target && typeof target === 'object' && Object.hasOwn(target, key)
                ? (target as Json)[key]
                : undefined;
          if (target && typeof target === 'object')
            Object.defineProperty(target, path.at(-1) as string, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
        const text = JSON.stringify(raw);
        let result: ParticipantRead | undefined;
        expect(() => (result = readParticipantText(text))).not.toThrow();
        expectUnpolluted();
        const read = result as ParticipantRead;
        if (read.ok) expect(() => makeParticipantFile(read.answers, NOW)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
