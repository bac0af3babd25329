// Library screens: browsing, detail pages, search from the URL, and unknown ids,
// rendered under the same nested /library router the app uses.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SHIPPED_AGENDA } from '../../content/agenda';
import { LIBRARY } from '../../content/library';
import { db } from '../../db/db';
import type { Agenda } from '../../domain/agenda';
import LibraryRoutes from './routes';

function renderAt(path: string) {
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook}>
      <Route path="/library" nest>
        <LibraryRoutes />
      </Route>
    </Router>,
  );
  return location;
}

const current = (loc: { history: string[] }) => loc.history[loc.history.length - 1];

afterEach(async () => {
  await db.agenda.clear();
});

describe('library home', () => {
  it('lists the ten practices in brief order, the jurisdictions with counts, focus areas and lessons', () => {
    renderAt('/library');
    expect(screen.getByRole('heading', { level: 1, name: 'Practice library' })).toBeInTheDocument();

    const practices = within(
      screen.getByRole('heading', { name: 'The ten practices' }).closest('section')!,
    ).getAllByRole('listitem');
    expect(practices).toHaveLength(10);
    expect(practices[0]).toHaveTextContent('1Institute Mandatory Screening');
    expect(within(practices[0]!).getByRole('link')).toHaveAttribute(
      'href',
      '/library/practice/mandatory-screening',
    );

    const places = within(
      screen.getByRole('heading', { name: 'By jurisdiction' }).closest('section')!,
    ).getAllByRole('listitem');
    expect(places).toHaveLength(8);
    const ctCount = LIBRARY.practices
      .flatMap((p) => p.examples)
      .filter((e) => e.jurisdictionId === 'connecticut').length;
    expect(ctCount).toBeGreaterThan(1);
    expect(places[0]).toHaveTextContent(`Connecticut${ctCount} examples`);
    expect(screen.getByRole('link', { name: 'Multnomah County (OR)' })).toHaveAttribute(
      'href',
      '/library/jurisdiction/multnomah-county',
    );

    const focus = within(
      screen.getByRole('heading', { name: 'By focus area' }).closest('section')!,
    ).getAllByRole('link');
    expect(focus.map((a) => a.getAttribute('href'))).toEqual([
      '/library/focus/prevention',
      '/library/focus/identification',
      '/library/focus/placement',
      '/library/focus/training',
      '/library/focus/services',
    ]);

    const lessons = within(
      screen.getByRole('heading', { name: 'Lessons carried forward' }).closest('section')!,
    ).getAllByRole('link');
    expect(lessons.map((a) => a.textContent)).toEqual(LIBRARY.lessons.map((l) => l.title));
    expect(screen.getByRole('link', { name: /risk factors, protective factors/ })).toHaveAttribute(
      'href',
      '/library/prevention',
    );
  });

  it('sends a search from the home page to the search page, keeping the query in the URL', async () => {
    const loc = renderAt('/library');
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search sessions and the library' }),
      'SEEN',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(current(loc)).toBe('/library/search?q=SEEN');
    expect(await screen.findByRole('link', { name: 'Suffolk County (MA): SEEN' })).toBeVisible();
  });
});

describe('practice page', () => {
  it('shows every example grouped by jurisdiction, with agency, programme and exact facts', () => {
    renderAt('/library/practice/mandatory-screening');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Practice 1Institute Mandatory Screening',
    );
    const ct = screen.getByRole('heading', { level: 3, name: 'Connecticut' }).closest('section')!;
    expect(within(ct).getByText('Connecticut Department of Children and Families')).toBeVisible();
    expect(within(ct).getByText('Victims assessed within 72 hours')).toBeVisible();
    const mc = screen
      .getByRole('heading', { level: 3, name: 'Multnomah County (OR)' })
      .closest('section')!;
    expect(
      within(mc).getByText('4-5 person commercial sexual exploitation-specific unit'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Identification and assessment' })).toHaveAttribute(
      'href',
      '/library/focus/identification',
    );
    // Breadcrumb back to the library.
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Library' })).toHaveAttribute(
      'href',
      '/library',
    );
  });

  it('shows the programme name of an example that has one', () => {
    renderAt('/library/practice/broad-coalition');
    expect(screen.getByText('SEEN')).toBeVisible();
    expect(screen.getByText(/more than 35/i)).toBeVisible();
  });

  it('lists the shipped agenda sessions that feature the practice, linking outside the library', async () => {
    renderAt('/library/practice/mandatory-screening');
    const expected = SHIPPED_AGENDA.sessions.filter((s) =>
      s.practiceIds.includes('mandatory-screening'),
    );
    expect(expected.length).toBeGreaterThan(0);
    const section = screen
      .getByRole('heading', { name: 'Sessions that feature this practice' })
      .closest('section')!;
    for (const s of expected) {
      expect(await within(section).findByRole('link', { name: s.title })).toHaveAttribute(
        'href',
        `/session/${s.id}`,
      );
    }
    expect(within(section).getAllByRole('link')).toHaveLength(expected.length);
  });

  it('follows the agenda on the device once one has been fetched', async () => {
    const published: Agenda = {
      ...SHIPPED_AGENDA,
      version: SHIPPED_AGENDA.version + 1,
      illustrative: false,
      sessions: [
        {
          ...SHIPPED_AGENDA.sessions[0]!,
          id: 'screening-clinic',
          title: 'Screening clinic for State teams',
          practiceIds: ['mandatory-screening'],
        },
      ],
    };
    await db.agenda.put({ id: 'current', agenda: published, origin: 'endpoint' });
    renderAt('/library/practice/mandatory-screening');
    expect(
      await screen.findByRole('link', { name: 'Screening clinic for State teams' }),
    ).toHaveAttribute('href', '/session/screening-clinic');
    const section = screen
      .getByRole('heading', { name: 'Sessions that feature this practice' })
      .closest('section')!;
    expect(within(section).getAllByRole('link')).toHaveLength(1);
  });

  it('says so when no session features the practice', async () => {
    await db.agenda.put({
      id: 'current',
      agenda: { ...SHIPPED_AGENDA, sessions: [] },
      origin: 'endpoint',
    });
    renderAt('/library/practice/train-caseworkers');
    expect(
      await screen.findByText('No session in the current agenda features this practice.'),
    ).toBeVisible();
  });
});

describe('other detail pages', () => {
  it('jurisdiction page lists its examples across practices', () => {
    renderAt('/library/jurisdiction/connecticut');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Connecticut');
    const mine = LIBRARY.practices.filter((p) =>
      p.examples.some((e) => e.jurisdictionId === 'connecticut'),
    );
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.querySelector('a')?.textContent)).toEqual(
      mine.map((p) => p.title),
    );
    expect(screen.getByText('Victims assessed within 72 hours')).toBeVisible();
  });

  it('focus-area page lists the practices and lessons tagged with it', () => {
    renderAt('/library/focus/identification');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Identification and assessment',
    );
    const practices = within(
      screen.getByRole('heading', { name: 'Practices' }).closest('section')!,
    ).getAllByRole('link');
    expect(practices.map((a) => a.getAttribute('href'))).toEqual(
      LIBRARY.practices
        .filter((p) => p.focusAreas.includes('identification'))
        .map((p) => `/library/practice/${p.id}`),
    );
  });

  it('lesson page shows points and resources with kind, publisher and note', () => {
    renderAt('/library/lesson/engage-survivors');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Engage Survivors Meaningfully in Planning',
    );
    const resources = screen.getByRole('heading', { name: 'Resources' }).closest('section')!;
    const item = within(resources)
      .getByRole('heading', {
        name: 'Child Welfare Response to Child and Youth Sex Trafficking, Part 3',
      })
      .closest('li')!;
    expect(item).toHaveTextContent('digital stories · Capacity Building Center for States');
    expect(item).toHaveTextContent('Free registration required');
    expect(within(resources).getAllByRole('heading', { level: 3 })).toHaveLength(
      LIBRARY.lessons.find((l) => l.id === 'engage-survivors')!.resources.length,
    );
  });

  it('prevention page shows risk factors, protective factors and the three federal laws', () => {
    renderAt('/library/prevention');
    const laws = within(
      screen.getByRole('heading', { name: 'The three federal laws' }).closest('section')!,
    ).getAllByRole('listitem');
    expect(laws.map((li) => li.querySelector('h3')?.textContent)).toEqual([
      'Preventing Sex Trafficking and Strengthening Families Act',
      'Justice for Victims of Trafficking Act',
      'Trafficking Victims Prevention and Protection Reauthorization Act',
    ]);
    expect(screen.getByRole('heading', { name: 'LGBTQIA2S+ youth' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Social connection' })).toBeVisible();
  });
});

describe('search page', () => {
  it('shows the results of the query in the URL and announces the count', () => {
    renderAt('/library/search?q=clinical%20team');
    expect(screen.getByRole('searchbox')).toHaveValue('clinical team');
    expect(screen.getByRole('status')).toHaveTextContent('1 result for “clinical team”.');
    const results = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole(
      'listitem',
    );
    expect(results).toHaveLength(1);
    const link = within(results[0]!).getByRole('link');
    expect(link).toHaveAttribute(
      'href',
      '/library/practice/mandatory-screening#mandatory-screening--connecticut',
    );
    expect(results[0]!.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('keeps the URL in step with the box as one types, without piling up history', async () => {
    const loc = renderAt('/library/search');
    const box = screen.getByRole('searchbox');
    await userEvent.type(box, 'traum');
    expect(current(loc)).toBe('/library/search?q=traum');
    expect(loc.history).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Ensure Trauma-Informed Responses' })).toBeVisible();
  });

  it('opens a result in the library', async () => {
    const loc = renderAt('/library/search?q=SEEN');
    await userEvent.click(screen.getByRole('link', { name: 'Suffolk County (MA): SEEN' }));
    expect(current(loc)).toBe('/library/practice/broad-coalition#broad-coalition--suffolk-county');
  });

  it('helps when the box is empty and when nothing matches', async () => {
    const loc = renderAt('/library/search');
    expect(screen.getByRole('status')).toHaveTextContent(/Type a word or phrase/);
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '72 hours' })).toHaveAttribute(
      'href',
      '/library/search?q=72%20hours',
    );
    act(() => loc.navigate('/library/search?q=qwxzv'));
    expect(screen.getByRole('status')).toHaveTextContent('No results for “qwxzv”.');
    expect(screen.getByText(/Check the spelling/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'browse the library' })).toHaveAttribute(
      'href',
      '/library',
    );
  });
});

describe('unknown ids', () => {
  it.each([
    ['/library/practice/no-such-practice', 'Practice not found'],
    ['/library/jurisdiction/atlantis', 'Jurisdiction not found'],
    ['/library/lesson/nope', 'Lesson not found'],
    ['/library/focus/everything', 'Focus area not found'],
    ['/library/shelf/7', 'Page not found'],
  ])('%s shows a clear message with a way back', (path, heading) => {
    renderAt(path);
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute(
      'href',
      '/library',
    );
  });
});
