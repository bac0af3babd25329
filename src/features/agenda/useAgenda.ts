/** The agenda the screens show: the device's copy, or the shipped one before the first fetch. */
import { SHIPPED_AGENDA } from '../../content/agenda';
import { useCurrentAgenda, type CurrentAgenda } from '../../db/agenda';

export function useAgenda(): CurrentAgenda {
  return useCurrentAgenda(SHIPPED_AGENDA);
}
