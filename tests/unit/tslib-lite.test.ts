// src/i18n/tslib-lite.ts stands in for tslib in intl-messageformat (build/substitutions.ts): each
// helper must do what tslib's does for the ways that ES5 output calls it.
import * as tslib from 'tslib';
import { describe, expect, it } from 'vitest';
import * as lite from '../../src/i18n/tslib-lite';

describe('tslib-lite', () => {
  it('assigns like tslib', () => {
    const make = () => [{ a: 1 }, { b: 2, a: 3 }, { c: undefined }] as const;
    expect(lite.__assign({}, ...make())).toEqual(tslib.__assign({}, ...make()));
  });

  it('takes the rest like tslib, symbols included and excluded keys left out', () => {
    const symbol = Symbol('s');
    const source = { a: 1, b: 2, [symbol]: 3 };
    Object.defineProperty(source, 'hidden', { value: 4, enumerable: false });
    const ours = lite.__rest(source, ['a']);
    const theirs = tslib.__rest(source, ['a']) as Record<PropertyKey, unknown>;
    expect(ours).toEqual(theirs);
    expect(ours[symbol]).toBe(3);
    expect(ours).not.toHaveProperty('hidden');
  });

  it('spreads arrays like tslib', () => {
    expect(lite.__spreadArray([1, 2], [3, 4])).toEqual(tslib.__spreadArray([1, 2], [3, 4], true));
    expect(lite.__spreadArray([], 'ab')).toEqual(['a', 'b']);
  });

  it('extends an ES5 class like tslib: prototype chain, instanceof, statics, constructor', () => {
    type Extend = (derived: object, base: new (...args: never[]) => unknown) => void;
    function build(extend: Extend) {
      function Base(this: { x: number }, x: number) {
        this.x = x;
      }
      (Base as unknown as { tag: string }).tag = 'static';
      function Derived(this: { x: number; y: number }, x: number) {
        Base.call(this, x);
        this.y = x * 2;
      }
      extend(Derived, Base as unknown as new () => unknown);
      return { Base, Derived: Derived as unknown as new (x: number) => { x: number; y: number } };
    }
    for (const extend of [lite.__extends, tslib.__extends] as Extend[]) {
      const { Base, Derived } = build(extend);
      const made = new Derived(2);
      expect(made).toEqual({ x: 2, y: 4 });
      expect(made).toBeInstanceOf(Derived);
      expect(made).toBeInstanceOf(Base);
      expect((Derived.prototype as object).constructor).toBe(Derived);
      expect((Derived as unknown as { tag: string }).tag).toBe('static');
    }
    // intl-messageformat's errors extend Error this way.
    function Failure() {}
    lite.__extends(Failure, Error);
    expect(Object.getPrototypeOf(Failure.prototype)).toBe(Error.prototype);
  });
});
