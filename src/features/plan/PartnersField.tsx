/**
 * Partners of an action step: the standard list as a compact multi-select,
 * plus free entries the team adds (each removable).
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
import { CheckListPicker } from './CheckListPicker';

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
    <CheckListPicker
      legend="Partners"
      className="partners"
      options={STANDARD_PARTNERS}
      chosen={partners}
      extraChosen={free.map(partnerLabel)}
      onToggle={(id, checked) =>
        checked ? addPartner(doc, stepId, id) : removePartner(doc, stepId, id)
      }
    >
      {free.length > 0 && (
        <ul className="check-list">
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
      )}
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
    </CheckListPicker>
  );
}
