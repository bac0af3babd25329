/**
 * One practice: what it is, its focus areas, every example grouped by
 * jurisdiction (agency, programme, the facts exactly as published), and the
 * sessions of the current agenda that feature it.
 */
import { Link } from 'wouter';
import { SHIPPED_AGENDA } from '../../content/agenda';
import { LIBRARY } from '../../content/library';
import { useCurrentAgenda } from '../../db/agenda';
import type { Example } from '../../domain/practice';
import { examplesByJurisdiction, jurisdictionName, practiceById, sessionsFeaturing } from './data';
import {
  Breadcrumbs,
  FocusChips,
  NotFound,
  SourceLine,
  useDocumentTitle,
  useScrollToHash,
} from './parts';
import { formatSessionTime } from './time';
import { UseInPlanSlot } from './UseInPlanSlot';

export function ExampleDetail({
  example,
  headingLevel,
}: {
  example: Example;
  headingLevel: 3 | 4;
}) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="lib-example" id={example.id} aria-labelledby={`${example.id}-h`}>
      <H id={`${example.id}-h`} className="lib-example-h">
        {example.agency}
        {example.programme && <span className="lib-programme">{example.programme}</span>}
      </H>
      <p>{example.summary}</p>
      {example.facts.length > 0 && (
        <>
          <p className="lib-facts-label" id={`${example.id}-facts`}>
            Key facts
          </p>
          <ul className="lib-facts" aria-labelledby={`${example.id}-facts`}>
            {example.facts.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function FeaturedSessions({ practiceId }: { practiceId: string }) {
  const { agenda } = useCurrentAgenda(SHIPPED_AGENDA);
  const sessions = sessionsFeaturing(agenda, practiceId);
  return (
    <section aria-labelledby="lib-sessions">
      <h2 id="lib-sessions">Sessions that feature this practice</h2>
      {agenda.illustrative && (
        <p className="lib-note">The agenda shown is illustrative, not the official one.</p>
      )}
      {sessions.length === 0 ? (
        <p>No session in the current agenda features this practice.</p>
      ) : (
        <ul className="lib-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={`~/session/${s.id}`}>{s.title}</Link>
              <span className="lib-meta">
                <time dateTime={s.start}>{formatSessionTime(s.start)}</time> · {s.room}
                {s.cancelled && <strong className="lib-cancelled"> · Cancelled</strong>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PracticePage({ id }: { id: string }) {
  const practice = practiceById(id);
  useDocumentTitle(practice ? practice.title : 'Practice not found');
  useScrollToHash(id);
  if (!practice) return <NotFound what="Practice" id={id} />;

  const prev = LIBRARY.practices.find((p) => p.number === practice.number - 1);
  const next = LIBRARY.practices.find((p) => p.number === practice.number + 1);

  return (
    <div className="lib">
      <Breadcrumbs trail={[]} current={`Practice ${practice.number}`} />
      <h1>
        <span className="lib-kicker">Practice {practice.number}</span>
        {practice.title}
      </h1>
      <p className="lib-lede">{practice.summary}</p>
      <FocusChips ids={practice.focusAreas} />
      {/* Slot: the plan feature's "Use in our plan" button. */}
      <UseInPlanSlot practiceId={practice.id} practiceTitle={practice.title} />

      <section aria-labelledby="lib-examples">
        <h2 id="lib-examples">Examples</h2>
        {examplesByJurisdiction(practice).map((g) => (
          <section
            key={g.jurisdictionId}
            className="lib-place"
            aria-labelledby={`j-${g.jurisdictionId}`}
          >
            <h3 id={`j-${g.jurisdictionId}`}>
              <Link href={`/jurisdiction/${g.jurisdictionId}`}>
                {jurisdictionName(g.jurisdictionId)}
              </Link>
            </h3>
            {g.examples.map((e) => (
              <ExampleDetail key={e.id} example={e} headingLevel={4} />
            ))}
          </section>
        ))}
      </section>

      <FeaturedSessions practiceId={practice.id} />

      <SourceLine>
        Source: “{LIBRARY.source.title}” ({LIBRARY.source.date}). Summaries are ours; facts as
        published.
      </SourceLine>
      <nav className="lib-pager" aria-label="Other practices">
        {prev && (
          <Link href={`/practice/${prev.id}`} rel="prev">
            ← {prev.number}. {prev.title}
          </Link>
        )}
        {next && (
          <Link href={`/practice/${next.id}`} rel="next">
            {next.number}. {next.title} →
          </Link>
        )}
      </nav>
    </div>
  );
}
