/**
 * "Rate this session" on a session page, from the session's start (event
 * time): 1–5 and an optional comment, stored on the device first and sent
 * when online. Anonymous; one per device and session, changeable.
 */
import { useState, type FormEvent } from 'react';
import type { Session } from '../../domain/agenda';
import { overallWindow, windowOf } from '../../domain/evaluation/window';
import { Link } from 'wouter';
import { MAX_COMMENT_CHARS } from '../../wire/evaluations';
import { saveEvaluation, useEvaluation, type EvaluationRow } from '../../db/evaluations';
import { sendEvaluations } from '../../sync/evaluations';
import { useAgenda } from '../agenda/useAgenda';
import { useEventClock } from '../agenda/useEventClock';
import { CommentField } from './CommentField';
import { EvaluationStatus } from './EvaluationStatus';
import { RatingScale } from './RatingScale';
import './evaluation.css';

function RatingForm({ session, row }: { session: Session; row: EvaluationRow | null }) {
  const [rating, setRating] = useState(row?.rating);
  const [comment, setComment] = useState(row?.comment ?? '');
  const [problem, setProblem] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!rating) {
      setProblem('Choose a rating from 1 to 5 first.');
      return;
    }
    setProblem('');
    await saveEvaluation({ kind: 'session', sessionId: session.id, rating, comment });
    void sendEvaluations();
  }

  return (
    <form className="evaluation-form" onSubmit={(e) => void submit(e)} noValidate>
      <RatingScale
        legend="How useful was this session for you?"
        name="rating"
        value={rating}
        onChange={setRating}
      />
      <CommentField value={comment} onChange={setComment} max={MAX_COMMENT_CHARS} />
      {problem && (
        <p className="evaluation-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="evaluation-save">
        {row ? 'Update my rating' : 'Save my rating'}
      </button>
    </form>
  );
}

export function SessionEvaluation({ session }: { session: Session }) {
  const clock = useEventClock();
  const { agenda } = useAgenda();
  const row = useEvaluation(session.id);
  const opening = windowOf(agenda, session, clock.now);
  return (
    <section className="evaluation" aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">Rate this session</h2>
      {!opening.open ? (
        <p className="muted">{opening.message}</p>
      ) : row === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <>
          <RatingForm key={row?.id ?? 'new'} session={session} row={row} />
          <EvaluationStatus row={row} />
        </>
      )}
      {overallWindow(agenda, clock.now).open && (
        <p>
          <Link href="/evaluate">Evaluate the convening as a whole</Link>
        </p>
      )}
    </section>
  );
}
