/**
 * Browser platform helper, not a component: hands the user a file they asked
 * for (calendar, backup, CSV) through a temporary download link; the one
 * place the app does this. Screens (src/features) and src/sync (the organizer
 * CSV) both call it.
 */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(name: string, text: string, type: string): void {
  saveBlob(name, new Blob([text], { type }));
}
