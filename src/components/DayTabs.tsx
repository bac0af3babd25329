/**
 * The day switcher: links (so each day has its own address and works as a
 * deep link offline) with aria-current on the day shown.
 */
import { Link } from 'wouter';
import './components.css';

export interface DayTab {
  date: string;
  label: string;
  href: string;
}

export function DayTabs({ days, current }: { days: DayTab[]; current: string }) {
  return (
    <nav className="day-tabs" aria-label="Event days">
      <ul>
        {days.map((d) => (
          <li key={d.date}>
            <Link href={d.href} aria-current={d.date === current ? 'page' : undefined}>
              {d.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
