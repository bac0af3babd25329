/** Placeholder routes for the agenda feature. */
export function AgendaRoutes() {
  return <h1>Agenda</h1>;
}
