/** The prevention resource collection: risk factors, protective factors, the three federal laws. */
import { LIBRARY } from '../../content/library';
import { Breadcrumbs, SourceCitation, useDocumentTitle, useScrollToHash } from './parts';

export function PreventionPage() {
  const p = LIBRARY.prevention;
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
      <FactList
        id="prev-risk"
        heading="Risk factors"
        items={p.riskFactors.map((f) => ({ id: `risk-${f.id}`, name: f.label, text: f.detail }))}
      />
      <FactList
        id="prev-protect"
        heading="Protective factors"
        items={p.protectiveFactors.map((f) => ({
          id: `protect-${f.id}`,
          name: f.label,
          text: f.detail,
        }))}
      />
      <FactList
        id="prev-laws"
        heading="The three federal laws"
        ordered
        items={p.laws.map((l) => ({ id: `law-${l.id}`, name: l.name, text: l.note }))}
      />
      <SourceCitation source={LIBRARY.preventionSource} />
    </div>
  );
}

/** A titled section of named facts; each item is a link target (`#risk-…`). */
function FactList({
  id,
  heading,
  items,
  ordered = false,
}: {
  id: string;
  heading: string;
  items: { id: string; name: string; text: string }[];
  ordered?: boolean;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <List className="lib-list lib-stack">
        {items.map((item) => (
          <li key={item.id} id={item.id}>
            <h3>{item.name}</h3>
            <p>{item.text}</p>
          </li>
        ))}
      </List>
    </section>
  );
}
