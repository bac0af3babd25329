/**
 * /evaluate: the evaluation of the convening as a whole, from the last
 * afternoon: three ratings and a comment, stored on the device first and
 * sent when online; anonymous, changeable until the event ends.
 */
import { useState, type FormEvent } from 'react';
import { overallWindow } from '../../domain/evaluation/window';
import { MAX_COMMENT_CHARS, OVERALL_QUESTIONS, type OverallQuestion } from '../../wire/evaluations';
import {
  OVERALL_TARGET,
  saveEvaluation,
  useEvaluation,
  type EvaluationRow,
} from '../../db/evaluations';
import { sendEvaluations } from '../../sync/evaluations';
import { usePageTitle } from '../../app/usePageTitle';
import { useAgenda } from '../agenda/useAgenda';
import { useEventClock } from '../agenda/useEventClock';
import { CommentField } from './CommentField';
import { EvaluationStatus } from './EvaluationStatus';
import { RatingScale } from './RatingScale';
import './evaluation.css';

type Answers = Partial<Record<OverallQuestion, number>>;

function OverallForm({ row }: { row: EvaluationRow | null }) {
  const [answers, setAnswers] = useState<Answers>(row?.answers ?? {});
  const [comment, setComment] = useState(row?.comment ?? '');
  const [problem, setProblem] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { plan, practices, planningTime } = answers;
    if (!plan || !practices || !planningTime) {
      setProblem('Answer each of the three questions (1 to 5) first.');
      return;
    }
    setProblem('');
    await saveEvaluation({ kind: 'overall', answers: { plan, practices, planningTime }, comment });
    void sendEvaluations();
  }

  return (
    <form className="evaluation-form" onSubmit={(e) => void submit(e)} noValidate>
      {OVERALL_QUESTIONS.map((q) => (
        <RatingScale
          key={q.key}
          legend={q.label}
          name={q.key}
          value={answers[q.key]}
          onChange={(n) => setAnswers((a) => ({ ...a, [q.key]: n }))}
        />
      ))}
      <CommentField value={comment} onChange={setComment} max={MAX_COMMENT_CHARS} />
      {problem && (
        <p className="evaluation-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="evaluation-save">
        {row ? 'Update my evaluation' : 'Save my evaluation'}
      </button>
    </form>
  );
}

export default function OverallEvaluationScreen() {
  usePageTitle('Evaluate the convening');
  const clock = useEventClock();
  const row = useEvaluation(OVERALL_TARGET);
  const { agenda } = useAgenda();
  const opening = overallWindow(agenda, clock.now);
  return (
    <section className="evaluation-screen" aria-labelledby="overall-heading">
      <h1 id="overall-heading">Evaluate the convening</h1>
      <p>
        Your answers help the Children’s Bureau plan what comes after the convening. They are
        anonymous: the organizers see counts, means and comments, never who gave them.
      </p>
      {!opening.open ? (
        <p className="muted">{opening.message}</p>
      ) : row === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <>
          <OverallForm key={row?.id ?? 'new'} row={row} />
          <EvaluationStatus row={row} />
        </>
      )}
    </section>
  );
}
