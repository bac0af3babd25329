/** One jurisdiction: all of its examples, practice by practice. */
import { Link } from 'wouter';
import { examplesOf, jurisdictionById, jurisdictionLabel } from './data';
import { ExampleDetail } from './PracticePage';
import { Breadcrumbs, NotFound, useDocumentTitle } from './parts';

export function JurisdictionPage({ id }: { id: string }) {
  const jurisdiction = jurisdictionById(id);
  useDocumentTitle(jurisdiction ? jurisdictionLabel(jurisdiction) : 'Jurisdiction not found');
  if (!jurisdiction) return <NotFound what="Jurisdiction" id={id} />;
  const items = examplesOf(id);
  const practiceCount = new Set(items.map((i) => i.practice.id)).size;

  return (
    <div className="lib">
      <Breadcrumbs trail={[]} current={jurisdictionLabel(jurisdiction)} />
      <h1>
        <span className="lib-kicker">
          {jurisdiction.level === 'state' ? 'State' : 'County'} · {jurisdiction.state}
        </span>
        {jurisdictionLabel(jurisdiction)}
      </h1>
      <p className="lib-lede">
        {items.length} {items.length === 1 ? 'example' : 'examples'} in {practiceCount}{' '}
        {practiceCount === 1 ? 'practice' : 'practices'} of the May 2013 brief.
      </p>
      <ol className="lib-list lib-stack">
        {items.map(({ practice, example }) => (
          <li key={example.id} className="lib-place">
            <h2>
              <span className="lib-kicker">Practice {practice.number}</span>
              <Link href={`/practice/${practice.id}`}>{practice.title}</Link>
            </h2>
            <ExampleDetail example={example} headingLevel={3} />
          </li>
        ))}
      </ol>
    </div>
  );
}
