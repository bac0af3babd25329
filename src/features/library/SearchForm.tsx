/**
 * The library search box. On the home page it sends the query to the search
 * page (a new history entry); on the search page it updates the query in the
 * URL as one types (replacing the entry, so Back leaves the search page).
 */
import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';

export function searchHref(q: string): string {
  const t = q.trim();
  return t ? `/search?q=${encodeURIComponent(t)}` : '/search';
}

interface Props {
  /** Controlled value (search page); omit for a standalone box (home page). */
  value?: string;
  onChange?: (q: string) => void;
  autoFocus?: boolean;
}

export function SearchForm({ value, onChange, autoFocus }: Props) {
  const id = useId();
  const [, navigate] = useLocation();
  const [own, setOwn] = useState('');
  const q = value ?? own;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (onChange) onChange(q);
    else navigate(searchHref(q));
  };

  return (
    <form role="search" className="lib-search" onSubmit={submit}>
      <label htmlFor={id}>Search sessions and the library</label>
      <div className="lib-search-row">
        <input
          id={id}
          type="search"
          name="q"
          value={q}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder="e.g. plenary, Multnomah"
          // Focus on arrival at the search page only, where typing is the point.
          autoFocus={autoFocus}
          onChange={(e) =>
            onChange ? onChange(e.currentTarget.value) : setOwn(e.currentTarget.value)
          }
        />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
