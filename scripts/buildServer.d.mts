export const SERVER_BUNDLE: string;
export function buildServer(opts?: { force?: boolean }): string;
