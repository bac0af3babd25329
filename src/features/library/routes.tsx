/**
 * The library feature's routes, nested under /library by the app shell (so
 * paths here are relative: "/practice/:id" is /library/practice/:id).
 * Loaded lazily, which keeps minisearch and the library screens out of the
 * first route.
 */
import { Route, Switch, useLocation } from 'wouter';
import { FocusPage } from './FocusPage';
import { JurisdictionPage } from './JurisdictionPage';
import { LessonPage } from './LessonPage';
import { LibraryHome } from './LibraryHome';
import { NotFound } from './parts';
import { PracticePage } from './PracticePage';
import { PreventionPage } from './PreventionPage';
import { SearchPage } from './SearchPage';

/** Route ids arrive URL-encoded and, with some location hooks, with a fragment. */
function cleanId(raw: string | undefined): string {
  const id = (raw ?? '').split('#')[0] ?? '';
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

function UnknownPage() {
  const [path] = useLocation();
  return <NotFound what="Page" id={path} />;
}

export default function LibraryRoutes() {
  return (
    <Switch>
      <Route path="/">
        <LibraryHome />
      </Route>
      <Route path="/practice/:id">{(p) => <PracticePage id={cleanId(p.id)} />}</Route>
      <Route path="/jurisdiction/:id">{(p) => <JurisdictionPage id={cleanId(p.id)} />}</Route>
      <Route path="/focus/:id">{(p) => <FocusPage id={cleanId(p.id)} />}</Route>
      <Route path="/lesson/:id">{(p) => <LessonPage id={cleanId(p.id)} />}</Route>
      <Route path="/prevention">
        <PreventionPage />
      </Route>
      <Route path="/search">
        <SearchPage />
      </Route>
      <Route>
        <UnknownPage />
      </Route>
    </Switch>
  );
}
