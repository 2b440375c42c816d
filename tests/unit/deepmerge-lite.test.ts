import deepmerge from 'deepmerge';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import lite from '../../src/i18n/deepmerge-lite';
import { LOCALE_PARTS, pickPart } from '../../src/i18n/locale-parts';

describe('deepmerge-lite (what the build gives svelte-i18n instead of deepmerge)', () => {
  it('merges our locale parts exactly as deepmerge does', () => {
    for (const messages of [es, en]) {
      const parts = [{}, ...LOCALE_PARTS.map((part) => pickPart(messages, part))];
      expect(lite.all(parts)).toEqual(deepmerge.all(parts));
      expect(lite.all(parts)).toEqual(messages);
    }
  });

  it('lets later trees win, merges nested trees and leaves its inputs alone', () => {
    const first = { a: { b: 'one', c: 'two' }, d: 'three' };
    const second = { a: { c: 'changed', e: 'new' }, d: { nested: 'x' } };
    const merged = lite.all([first, second]);
    expect(merged).toEqual({ a: { b: 'one', c: 'changed', e: 'new' }, d: { nested: 'x' } });
    expect(merged).toEqual(deepmerge.all([first, second]));
    expect(first).toEqual({ a: { b: 'one', c: 'two' }, d: 'three' });
  });
});
