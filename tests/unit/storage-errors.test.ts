import { describe, expect, it } from 'vitest';
import { classifyStorageError, isStaleConnection } from '../../src/persistence/storage-errors';

describe('classifyStorageError', () => {
  it.each([
    ['a QuotaExceededError DOMException', new DOMException('full', 'QuotaExceededError')],
    ['an object with the legacy code 22', { code: 22 }],
    ['an object with the Firefox code 1014', { code: 1014 }],
    ["Firefox's NS_ERROR_DOM_QUOTA_REACHED", { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
    ['an error that mentions the quota', new Error('Storage quota has been exceeded')],
  ])('reads %s as "quota"', (_, error) => {
    expect(classifyStorageError(error)).toBe('quota');
  });

  it.each([
    ['an InvalidStateError', new DOMException('closing', 'InvalidStateError')],
    ['an UnknownError', new DOMException('io', 'UnknownError')],
    ['a SecurityError', new DOMException('denied', 'SecurityError')],
  ])('reads %s as "unavailable"', (_, error) => {
    expect(classifyStorageError(error)).toBe('unavailable');
  });

  it.each([
    ['a plain Error', new Error('boom')],
    ['a DataCloneError', new DOMException('clone', 'DataCloneError')],
    ['a string', 'failed'],
    ['undefined', undefined],
    ['null', null],
    ['an object with another code', { code: 18 }],
  ])('reads %s as "unknown"', (_, error) => {
    expect(classifyStorageError(error)).toBe('unknown');
  });
});

describe('isStaleConnection', () => {
  it('is true for the errors after which a new connection may work', () => {
    expect(isStaleConnection(new DOMException('x', 'InvalidStateError'))).toBe(true);
    expect(isStaleConnection(new DOMException('x', 'UnknownError'))).toBe(true);
  });

  it('is false for everything else', () => {
    expect(isStaleConnection(new DOMException('x', 'QuotaExceededError'))).toBe(false);
    expect(isStaleConnection(new Error('InvalidStateError'))).toBe(false);
    expect(isStaleConnection(null)).toBe(false);
  });
});
