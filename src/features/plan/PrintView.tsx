/**
 * The print view: the plan as clean pages (headings, a table of steps per
 * goal, a page break between goals). The app's navigation is hidden in print.
 * The pages themselves are PrintablePlan.tsx, which the organizers' screens
 * also use.
 */
import { useLayoutEffect } from 'react';
import type * as Y from 'yjs';
import { usePageTitle } from '../../app/usePageTitle';
import { PrintablePlan } from './PrintablePlan';
import { practiceTitle } from './practices';
import { usePlanRead } from './usePlan';
import './print.css';

export { PrintablePlan };

export function PrintView({ doc }: { doc: Y.Doc }) {
  const read = usePlanRead(doc);
  usePageTitle('Print the plan');
  // A route change keeps the window's scroll position: the editor's, often far
  // down a long plan. The print view starts at its top, its actions first.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  if (!read.ok) return <p role="alert">This plan could not be read ({read.error}).</p>;
  return <PrintablePlan plan={read.plan} practiceTitle={practiceTitle} />;
}
