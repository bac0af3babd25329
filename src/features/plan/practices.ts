/** Titles of library practices for linked-practice lists (falls back to the id). */
import { practiceById } from '../library/data';

export function practiceTitle(id: string): string {
  return practiceById(id)?.title ?? id;
}
