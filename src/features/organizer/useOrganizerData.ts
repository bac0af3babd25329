/**
 * One organizer answer (teams' TA needs, evaluations, submissions): loaded
 * when the screen mounts and kept current while it is visible
 * (useLiveRefresh). A failed refresh shows its message; a later success
 * clears it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveRefresh } from './useLiveRefresh';

type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

export function useOrganizerData<T>(load: () => Promise<Loaded<T>>) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState('');
  const mounted = useRef(true);
  const refresh = useCallback(() => {
    void load().then((r) => {
      if (!mounted.current) return;
      if (r.ok) {
        setValue(r.value);
        setError('');
      } else setError(r.message);
    });
  }, [load]);
  useEffect(() => {
    mounted.current = true;
    refresh();
    return () => {
      mounted.current = false;
    };
  }, [refresh]);
  useLiveRefresh(refresh);
  return { value, error, setError };
}
