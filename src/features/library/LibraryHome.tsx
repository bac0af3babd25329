/**
 * Library home: browse the ten practices, the jurisdictions, the focus areas,
 * the five lessons and the prevention collection, or search.
 */
import { Link } from 'wouter';
import { LIBRARY } from '../../content/library';
import { FOCUS_AREAS } from '../../domain/focusAreas';
import { examplesOf, jurisdictionLabel, lessonsInFocus, practicesInFocus } from './data';
import { SearchForm } from './SearchForm';
import { useDocumentTitle } from './parts';

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export function LibraryHome() {
  useDocumentTitle('Practice library');
  const { practices, jurisdictions, lessons, prevention } = LIBRARY;
  return (
    <div className="lib">
      <h1>Practice library</h1>
      <p className="lib-lede">
        What child welfare agencies were already doing about trafficking in 2013, the lessons
        carried forward from the 2015 convening, and prevention resources. It is all stored on this
        device, so it opens without a signal.
      </p>
      <SearchForm />

      <section aria-labelledby="lib-practices">
        <h2 id="lib-practices">The ten practices</h2>
        <p className="lib-note">
          From “{LIBRARY.source.title}” ({LIBRARY.source.date}).
        </p>
        <ol className="lib-list lib-numbered">
          {practices.map((p) => (
            <li key={p.id}>
              <span className="lib-num" aria-hidden="true">
                {p.number}
              </span>
              <span>
                <Link href={`/practice/${p.id}`}>{p.title}</Link>
                <span className="lib-meta">{plural(p.examples.length, 'example')}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="lib-places">
        <h2 id="lib-places">By jurisdiction</h2>
        <ul className="lib-list lib-grid">
          {jurisdictions.map((j) => (
            <li key={j.id}>
              <Link href={`/jurisdiction/${j.id}`}>{jurisdictionLabel(j)}</Link>
              <span className="lib-meta">{plural(examplesOf(j.id).length, 'example')}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lib-focus">
        <h2 id="lib-focus">By focus area</h2>
        <ul className="lib-list lib-grid">
          {FOCUS_AREAS.map((f) => (
            <li key={f.id}>
              <Link href={`/focus/${f.id}`}>{f.label}</Link>
              <span className="lib-meta">
                {plural(practicesInFocus(f.id).length, 'practice')},{' '}
                {plural(lessonsInFocus(f.id).length, 'lesson')}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lib-lessons">
        <h2 id="lib-lessons">Lessons carried forward</h2>
        {LIBRARY.lessonsSource && (
          <p className="lib-note">
            From “{LIBRARY.lessonsSource.title}” ({LIBRARY.lessonsSource.date}).
          </p>
        )}
        <ol className="lib-list lib-numbered">
          {lessons.map((l) => (
            <li key={l.id}>
              <span className="lib-num" aria-hidden="true">
                {l.number}
              </span>
              <span>
                <Link href={`/lesson/${l.id}`}>{l.title}</Link>
                <span className="lib-meta">{plural(l.resources.length, 'resource')}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="lib-prevention">
        <h2 id="lib-prevention">Prevention</h2>
        <p>{prevention.summary}</p>
        <p>
          <Link href="/prevention">
            {prevention.title}: risk factors, protective factors and the three federal laws
          </Link>
        </p>
      </section>
    </div>
  );
}
