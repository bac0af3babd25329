/** One of the convening's five focus areas: the practices and lessons tagged with it. */
import { Link } from 'wouter';
import { FOCUS_AREAS } from '../../domain/focusAreas';
import { lessonsInFocus, practicesInFocus } from './data';
import { Breadcrumbs, NotFound, useDocumentTitle } from './parts';

export function FocusPage({ id }: { id: string }) {
  const focus = FOCUS_AREAS.find((f) => f.id === id);
  useDocumentTitle(focus ? focus.label : 'Focus area not found');
  if (!focus) return <NotFound what="Focus area" id={id} />;
  const practices = practicesInFocus(focus.id);
  const lessons = lessonsInFocus(focus.id);

  return (
    <div className="lib">
      <Breadcrumbs trail={[]} current={focus.label} />
      <h1>
        <span className="lib-kicker">Focus area</span>
        {focus.label}
      </h1>
      <section aria-labelledby="focus-practices">
        <h2 id="focus-practices">Practices</h2>
        {practices.length === 0 ? (
          <p>No practice in the library is tagged with this focus area.</p>
        ) : (
          <ul className="lib-list">
            {practices.map((p) => (
              <li key={p.id}>
                <Link href={`/practice/${p.id}`}>
                  {p.number}. {p.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="focus-lessons">
        <h2 id="focus-lessons">Lessons</h2>
        {lessons.length === 0 ? (
          <p>No lesson is tagged with this focus area.</p>
        ) : (
          <ul className="lib-list">
            {lessons.map((l) => (
              <li key={l.id}>
                <Link href={`/lesson/${l.id}`}>{l.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {focus.id === 'prevention' && (
        <p>
          See also the <Link href="/prevention">prevention resource collection</Link>.
        </p>
      )}
    </div>
  );
}
