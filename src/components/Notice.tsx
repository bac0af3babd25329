/** A boxed note: 'info' for calm lines, 'warn' for things to act on (never colour alone: text says it). */
import type { ReactNode } from 'react';
import './components.css';

export function Notice({
  tone = 'info',
  children,
  role,
}: {
  tone?: 'info' | 'warn';
  children: ReactNode;
  role?: 'status' | 'alert';
}) {
  return (
    <div className={`notice notice-${tone}`} role={role}>
      {children}
    </div>
  );
}
