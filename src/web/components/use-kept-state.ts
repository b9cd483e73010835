import { useCallback, useEffect, useState } from 'react';

/**
 * State kept in localStorage under `key` until it is cleared: typed values survive a failed save,
 * an expired session and a closed tab. `null` means nothing is kept.
 */
export function useKeptState<T>(key: string): [T | null, (next: T | null) => void] {
  const read = useCallback((): T | null => {
    try {
      const text = localStorage.getItem(key);
      return text ? (JSON.parse(text) as T) : null;
    } catch {
      return null;
    }
  }, [key]);
  const [value, setValue] = useState<T | null>(read);
  // A new key (another checkpoint) starts from what is kept for it.
  useEffect(() => setValue(read()), [read]);
  const set = useCallback(
    (next: T | null) => {
      setValue(next);
      try {
        if (next === null) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage unavailable: the value lives in the page only.
      }
    },
    [key],
  );
  return [value, set];
}
