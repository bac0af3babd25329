/**
 * Take the plan home or bring one in: print view, Markdown and JSON export,
 * and import of a JSON export (merged into this device's plan).
 */
import { useState } from 'react';
import { Link } from 'wouter';
import type * as Y from 'yjs';
import { exportPlan, importPlan, planToMarkdown, readPlan } from '../../domain/plan';
import { downloadFile, fileStem } from './download';
import { PRINT_LINK_ID, rememberEditorPlace } from './editorPlace';
import { practiceTitle } from './practices';

export function downloadJson(doc: Y.Doc) {
  const data = exportPlan(doc);
  downloadFile(
    `${fileStem(data.plan.title)}.json`,
    JSON.stringify(data, null, 2),
    'application/json',
  );
}

export function PlanFiles({ doc, flush }: { doc: Y.Doc; flush?: () => Promise<void> }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) {
      setMessage({ ok: false, text: 'This file is too large to be a plan export.' });
      return;
    }
    const r = importPlan(doc, await file.text());
    // An import is a big change: store it now rather than at the next flush.
    if (r.ok) await flush?.();
    if (!r.ok) setMessage({ ok: false, text: r.error });
    else
      setMessage({
        ok: true,
        text: `Imported and merged into this plan: ${r.goals} new ${r.goals === 1 ? 'goal' : 'goals'}, ${r.steps} new action ${r.steps === 1 ? 'step' : 'steps'}, ${r.taNeeds} new TA ${r.taNeeds === 1 ? 'need' : 'needs'}. Nothing already here was replaced.`,
      });
  };
  return (
    <div className="plan-files">
      <ul className="file-actions">
        <li>
          <Link href="/print" id={PRINT_LINK_ID} onClick={rememberEditorPlace}>
            Print view
          </Link>
        </li>
        <li>
          <button
            type="button"
            onClick={() => {
              const plan = readPlan(doc);
              downloadFile(
                `${fileStem(plan.title)}.md`,
                planToMarkdown(plan, { practiceTitle }),
                'text/markdown',
              );
            }}
          >
            Download Markdown
          </button>
        </li>
        <li>
          <button type="button" onClick={() => downloadJson(doc)}>
            Download JSON
          </button>
        </li>
      </ul>
      <div className="field">
        <label htmlFor="plan-import">Import a plan exported from this app (JSON)</label>
        <p className="field-hint" id="plan-import-hint">
          The file is merged into this plan: goals, steps and text from both are kept.
        </p>
        <input
          id="plan-import"
          type="file"
          accept="application/json,.json"
          aria-describedby="plan-import-hint"
          onChange={(e) => {
            void onFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {message && (
        <p className={message.ok ? 'note-ok' : 'note-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
