/** The prevention resource collection: risk factors, protective factors, the three federal laws. */
import { LIBRARY } from '../../content/library';
import { Breadcrumbs, SourceLine, useDocumentTitle, useScrollToHash } from './parts';

export function PreventionPage() {
  const p = LIBRARY.prevention;
  const source = LIBRARY.preventionSource;
  useDocumentTitle(p.title);
  useScrollToHash('prevention');
  return (
    <div className="lib">
      <Breadcrumbs trail={[]} current="Prevention" />
      <h1>
        <span className="lib-kicker">Prevention collection</span>
        {p.title}
      </h1>
      <p className="lib-lede">{p.summary}</p>
      <section aria-labelledby="prev-risk">
        <h2 id="prev-risk">Risk factors</h2>
        <ul className="lib-list lib-stack">
          {p.riskFactors.map((f) => (
            <li key={f.id} id={`risk-${f.id}`}>
              <h3>{f.label}</h3>
              <p>{f.detail}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="prev-protect">
        <h2 id="prev-protect">Protective factors</h2>
        <ul className="lib-list lib-stack">
          {p.protectiveFactors.map((f) => (
            <li key={f.id} id={`protect-${f.id}`}>
              <h3>{f.label}</h3>
              <p>{f.detail}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="prev-laws">
        <h2 id="prev-laws">The three federal laws</h2>
        <ol className="lib-list lib-stack">
          {p.laws.map((l) => (
            <li key={l.id} id={`law-${l.id}`}>
              <h3>{l.name}</h3>
              <p>{l.note}</p>
            </li>
          ))}
        </ol>
      </section>
      {source && (
        <SourceLine>
          Source: “{source.title}” ({source.date}
          {source.publisher ? `, ${source.publisher}` : ''}). Summaries are ours.
        </SourceLine>
      )}
    </div>
  );
}
