// Which errors count as failing storage (503 with Retry-After), extended codes included.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeStorageError, storageFailure } from './storageErrors';

const sqlite = (code: string) => new Database.SqliteError(`failed with ${code}`, code);
const fsError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('storageFailure', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['SQLITE_READONLY', 'unavailable'],
    ['SQLITE_READONLY_DBMOVED', 'unavailable'],
    ['SQLITE_READONLY_DIRECTORY', 'unavailable'],
    ['SQLITE_IOERR', 'unavailable'],
    ['SQLITE_IOERR_WRITE', 'unavailable'],
    ['SQLITE_IOERR_FSYNC', 'unavailable'],
    ['SQLITE_CANTOPEN', 'unavailable'],
    ['SQLITE_CANTOPEN_ISDIR', 'unavailable'],
  ])('%s is storage %s', (code, failure) => {
    expect(storageFailure(sqlite(code))).toBe(failure);
  });

  it.each([
    ['ENOSPC', 'full'],
    ['EROFS', 'unavailable'],
    ['EACCES', 'unavailable'],
    ['ENOTDIR', 'unavailable'],
  ])('the file-system error %s is storage %s', (code, failure) => {
    expect(storageFailure(fsError(code))).toBe(failure);
  });

  it.each([
    sqlite('SQLITE_CONSTRAINT_UNIQUE'),
    sqlite('SQLITE_ERROR'),
    sqlite('SQLITE_FULLNESS'),
    new TypeError('The database connection is not open'),
    new Error('plain'),
    'a string',
    null,
  ])('leaves other errors alone: %s', (err) => {
    expect(storageFailure(err)).toBeUndefined();
  });

  it('describes an error by its code and words, without a stack', () => {
    expect(describeStorageError(new Database.SqliteError('disk is full', 'SQLITE_FULL'))).toBe(
      'SQLITE_FULL: disk is full',
    );
    // A message that names its code already is not prefixed twice.
    expect(describeStorageError(sqlite('SQLITE_IOERR'))).toBe('failed with SQLITE_IOERR');
  });
});
