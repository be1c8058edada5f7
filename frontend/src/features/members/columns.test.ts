import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS, COLUMNS_STORAGE_KEY, DEFAULT_COLUMNS, loadColumns, normalizeColumns, saveColumns } from './columns';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe('column settings', () => {
  it('shows the defaults when nothing is saved, or when what is saved is unreadable', () => {
    expect(loadColumns(undefined)).toEqual(DEFAULT_COLUMNS);
    expect(loadColumns(memoryStorage())).toEqual(DEFAULT_COLUMNS);
    expect(loadColumns(memoryStorage({ [COLUMNS_STORAGE_KEY]: '{not json' }))).toEqual(DEFAULT_COLUMNS);
    expect(loadColumns(memoryStorage({ [COLUMNS_STORAGE_KEY]: '{"a":1}' }))).toEqual(DEFAULT_COLUMNS);
  });

  it('keeps the choice across page loads, in display order, always with 姓名', () => {
    const storage = memoryStorage();
    saveColumns(storage, ['phone', 'age']);
    expect(JSON.parse(storage.data.get(COLUMNS_STORAGE_KEY) ?? '')).toEqual(['name', 'age', 'phone']);
    expect(loadColumns(storage)).toEqual(['name', 'age', 'phone']);
  });

  it('forgets columns that no longer exist', () => {
    expect(normalizeColumns(['gender', 'shoeSize', 'name'])).toEqual(['name', 'gender']);
    expect(loadColumns(memoryStorage({ [COLUMNS_STORAGE_KEY]: '["shoeSize"]' }))).toEqual(['name']);
  });

  it('survives storage that refuses to be written', () => {
    const broken = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveColumns(broken, ['name'])).not.toThrow();
  });

  it('masks 身份证号 and phone but shows them by default; every default is a known column', () => {
    expect(DEFAULT_COLUMNS).toContain('idNumber');
    expect(DEFAULT_COLUMNS).toContain('phone');
    for (const column of DEFAULT_COLUMNS) expect(ALL_COLUMNS).toContain(column);
  });
});
