/**
 * Changes to the person's own sessions, shown wherever they are until
 * acknowledged: a count on the Agenda tab, and on screens without the
 * agenda's change banner (library, plan, session pages…) a notice in the
 * page's flow (it never covers content). "Got it" here is the banner's
 * "Got it". Loaded as its own chunk by the shell (see ../../../app/Shell.tsx).
 */
import { Link } from 'wouter';
import { AckButton } from './AckButton';
import { changeTitle, summarizeChange } from '../../../domain/agendaDiff';
import { useAgendaChanges } from './useAgendaChanges';
import './changes.css';

function useMyChanges() {
  const all = useAgendaChanges();
  return { ...all, mine: all.changes.filter((c) => all.bookmarks.has(c.sessionId)) };
}

export function AgendaTabBadge() {
  const { mine } = useMyChanges();
  if (!mine.length) return null;
  return (
    <>
      {' '}
      <span className="tab-badge" aria-hidden="true">
        {mine.length}
      </span>
      <span className="visually-hidden">
        ({mine.length} {mine.length === 1 ? 'change' : 'changes'} to my sessions)
      </span>
    </>
  );
}

export function MyChangesNotice() {
  const { mine, dismiss } = useMyChanges();
  if (!mine.length) return null;
  const first = mine[0]!;
  return (
    <section className="my-change-notice" aria-labelledby="my-change-title">
      <h2 id="my-change-title">
        {mine.length === 1
          ? 'A session in my schedule changed'
          : `${mine.length} sessions in my schedule changed`}
      </h2>
      <p>
        {changeTitle(first) || 'A session'}: {summarizeChange(first)}.
        {mine.length > 1 && ` And ${mine.length - 1} more.`}
      </p>
      <p className="change-banner-actions">
        <Link href="~/my">See the changes</Link>
        <AckButton onAck={dismiss} />
      </p>
    </section>
  );
}
