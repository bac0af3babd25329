// Test helpers for the agenda screens: render a route in memory, seed the
// device database with the test agenda, and reset shared state between tests.
import { render } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { useAppStore } from '../../app/store';
import { db } from '../../db/db';
import type { Agenda } from '../../domain/agenda';
import { FIXTURE_AGENDA } from './testFixture';
import { AgendaRoutes } from './routes';

export async function resetAgendaState() {
  await Promise.all(db.tables.map((t) => t.clear()));
  sessionStorage.clear();
  useAppStore.setState({
    online: true,
    agendaRefreshProblem: null,
  });
}

export async function seedAgenda(agenda: Agenda = FIXTURE_AGENDA, checkedAt?: number) {
  await db.agenda.put({ id: 'current', agenda, origin: 'endpoint', etag: '"1"', checkedAt });
}

export function renderAt(path: string, search = '') {
  const location = memoryLocation({ path, searchPath: search, record: true });
  const view = render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <AgendaRoutes />
    </Router>,
  );
  return { ...view, location };
}
