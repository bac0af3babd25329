/** About and settings: what the app is, storage status, the pinned clock. */
import { StorageAnswer } from '../features/plan/StorageAnswer';
import { usePageTitle } from './usePageTitle';

export default function AboutScreen() {
  usePageTitle('About this app');
  return (
    <section aria-labelledby="about-h">
      <h1 id="about-h">About this app</h1>
      <p>
        A companion for the National Convening on Trafficking and Child Welfare, held in Washington,
        D.C. on June 10–11, 2015. It keeps the agenda, the best-practice library and your State
        team&rsquo;s action plan on this device, so it works with no signal.
      </p>
      <StorageAnswer />
    </section>
  );
}
