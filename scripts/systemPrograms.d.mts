export interface SystemProgram {
  program: string;
  pkg: string;
  usedBy: string;
  path?: () => string | undefined;
}
export const SYSTEM_PROGRAMS: SystemProgram[];
export function locate(entry: SystemProgram): string | undefined;
export function missingPrograms(): SystemProgram[];
export function describeMissing(missing: SystemProgram[]): string[];
