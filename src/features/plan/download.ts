// File downloads for the plan: exports and backups, named after the plan.
import { saveText } from '../../platform/download';
/** Save a file the user asked for (backup, Markdown, JSON) through a download link. */
export function downloadFile(name: string, text: string, type: string): void {
  saveText(name, text, type);
}

/** "ohio-action-plan-2015-06-11" from the plan title and today's date. */
export function fileStem(title: string, now = new Date()): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${slug || 'action-plan'}-${now.toISOString().slice(0, 10)}`;
}
