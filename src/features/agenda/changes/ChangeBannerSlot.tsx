/**
 * Where the change banner appears. The live region is in the first bundle
 * (so the banner's arrival is announced); the banner and the agenda diff it
 * needs load as their own chunk, which keeps them out of the first route.
 */
import { lazy } from 'react';
import { AfterMount } from '../../../app/AfterMount';

const AgendaChangeBanner = lazy(() =>
  import('./AgendaChangeBanner').then((m) => ({ default: m.AgendaChangeBanner })),
);

export function ChangeBannerSlot() {
  // Not in the prerendered page nor its hydration (a lazy chunk there is a
  // hydration error); the banner comes from this device's data anyway.
  return (
    <div aria-live="polite" className="change-banner-slot">
      <AfterMount>
        <AgendaChangeBanner />
      </AfterMount>
    </div>
  );
}
