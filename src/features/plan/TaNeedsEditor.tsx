/**
 * Technical-assistance needs: topic, description and priority. This is how a
 * State tells the organizers what help it expects to need.
 */
import type * as Y from 'yjs';
import {
  addTaNeed,
  findTaNeed,
  itemText,
  PRIORITIES,
  removeTaNeed,
  setTaPriority,
  type Priority,
  type TaNeed,
} from '../../domain/plan';
import { ConfirmRemove } from './ConfirmRemove';
import { YTextField } from './YTextField';
import { Options } from '../../components/Options';

export function TaNeedsEditor({ doc, needs }: { doc: Y.Doc; needs: TaNeed[] }) {
  return (
    <>
      {needs.length === 0 && <p className="muted">No technical-assistance needs recorded yet.</p>}
      <ol className="ta-list" data-focus-heading="ta-h">
        {needs.map((t, i) => {
          const y = findTaNeed(doc, t.id);
          if (!y) return null;
          const id = `ta-${t.id}`;
          return (
            <li key={t.id} className="ta" aria-label={`TA need ${i + 1}`} data-focus-item>
              <YTextField
                ytext={itemText(y, 'topic')}
                id={`${id}-topic`}
                label={`TA need ${i + 1}: topic`}
              />
              <YTextField
                ytext={itemText(y, 'description')}
                id={`${id}-desc`}
                label="Description"
                multiline
                rows={2}
              />
              <div className="ta-foot">
                <div className="field">
                  <label htmlFor={`${id}-prio`}>Priority</label>
                  <select
                    id={`${id}-prio`}
                    value={t.priority}
                    onChange={(e) => setTaPriority(doc, t.id, e.currentTarget.value as Priority)}
                  >
                    <Options items={PRIORITIES} />
                  </select>
                </div>
                <ConfirmRemove
                  label="Remove"
                  name={`Remove TA need ${i + 1}`}
                  question={`Remove TA need ${i + 1}${t.topic ? ` ("${t.topic.slice(0, 40)}")` : ''}?`}
                  onConfirm={() => removeTaNeed(doc, t.id)}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          const id = addTaNeed(doc);
          requestAnimationFrame(() => document.getElementById(`ta-${id}-topic`)?.focus());
        }}
      >
        Add a TA need
      </button>
    </>
  );
}
