/** The States a plan can be for: the one list in src/domain/states.ts, sorted by name for pickers. */
import { STATES, stateName } from '../states';

export const US_STATES: readonly { code: string; name: string }[] = [...STATES].sort((a, b) =>
  a.name.localeCompare(b.name),
);

export { stateName };
