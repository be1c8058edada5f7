import { useState } from 'react';

/**
 * The value, or while it is undefined the last one it had: a modal keeps showing what it was opened
 * for while it closes.
 */
export function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
