/**
 * Partners of an action step: the standard list as checkboxes, plus free
 * entries the team adds (each removable).
 */
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  addPartner,
  OTHER_PARTNER_PREFIX,
  partnerLabel,
  removePartner,
  STANDARD_PARTNERS,
} from '../../domain/plan';

export function PartnersField({
  doc,
  stepId,
  partners,
  idBase,
}: {
  doc: Y.Doc;
  stepId: string;
  partners: string[];
  idBase: string;
}) {
  const [other, setOther] = useState('');
  const free = partners.filter((p) => p.startsWith(OTHER_PARTNER_PREFIX));
  const add = (e?: FormEvent) => {
    e?.preventDefault();
    if (!other.trim()) return;
    addPartner(doc, stepId, other);
    setOther('');
  };
  return (
    <fieldset className="partners">
      <legend>Partners</legend>
      <ul className="check-list">
        {STANDARD_PARTNERS.map((p) => (
          <li key={p.id}>
            <label>
              <input
                type="checkbox"
                checked={partners.includes(p.id)}
                onChange={(e) =>
                  e.currentTarget.checked
                    ? addPartner(doc, stepId, p.id)
                    : removePartner(doc, stepId, p.id)
                }
              />{' '}
              {p.label}
            </label>
          </li>
        ))}
        {free.map((key) => (
          <li key={key} className="free-partner">
            <span>{partnerLabel(key)}</span>{' '}
            <button
              type="button"
              className="btn-small"
              aria-label={`Remove partner ${partnerLabel(key)}`}
              onClick={() => removePartner(doc, stepId, key)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label htmlFor={`${idBase}-other`}>Other partner</label>
        <input
          id={`${idBase}-other`}
          type="text"
          value={other}
          onChange={(e) => setOther(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add(e);
          }}
        />
        <button type="button" onClick={() => add()} disabled={!other.trim()}>
          Add partner
        </button>
      </div>
    </fieldset>
  );
}
