/** One lesson carried forward from the convening, with its points and the resources named under it. */
import { LIBRARY } from '../../content/library';
import { lessonById } from './data';
import { Breadcrumbs, FocusChips, NotFound, SourceCitation, useDocumentTitle } from './parts';

export function LessonPage({ id }: { id: string }) {
  const lesson = lessonById(id);
  useDocumentTitle(lesson ? lesson.title : 'Lesson not found');
  if (!lesson) return <NotFound what="Lesson" id={id} />;

  return (
    <div className="lib">
      <Breadcrumbs trail={[]} current={`Lesson ${lesson.number}`} />
      <h1>
        <span className="lib-kicker">Lesson {lesson.number}</span>
        {lesson.title}
      </h1>
      <p className="lib-lede">{lesson.summary}</p>
      <FocusChips ids={lesson.focusAreas} />
      {lesson.points.length > 0 && (
        <section aria-labelledby="lesson-points">
          <h2 id="lesson-points">Key points</h2>
          <ul className="lib-bullets">
            {lesson.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="lesson-resources">
        <h2 id="lesson-resources">Resources</h2>
        {lesson.resources.length === 0 ? (
          <p>The article names no resource under this lesson.</p>
        ) : (
          <ul className="lib-list lib-stack">
            {lesson.resources.map((r) => (
              <li key={r.title} className="lib-resource">
                <h3>{r.title}</h3>
                <p className="lib-meta">
                  {r.kind} · {r.publisher}
                </p>
                {r.note && <p>{r.note}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <SourceCitation source={LIBRARY.lessonsSource} />
    </div>
  );
}
