/**
 * An organizer screen's "Download CSV": runs the download, then says
 * "Downloaded <file>." or hands the failure to the screen's error line.
 */
import { useState } from 'react';
import type { ApiResult } from '../../sync/organizer';

export function useCsvDownload(
  downloadFile: () => Promise<ApiResult<string>>,
  onError: (message: string) => void,
): { status: string; download: () => Promise<void> } {
  const [status, setStatus] = useState('');
  const download = async () => {
    setStatus('');
    const r = await downloadFile();
    if (r.ok) setStatus(`Downloaded ${r.value}.`);
    else onError(r.message);
  };
  return { status, download };
}
