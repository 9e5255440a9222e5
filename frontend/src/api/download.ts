import { apiBlob } from './client';

/** Hands a Blob to the browser as a download named `fileName` (a temporary Blob URL and `<a download>`). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Fetches a file with the token (see {@link apiBlob}) and saves it. */
export async function download(path: string, fileName: string, accept = '*/*'): Promise<void> {
  saveBlob(await apiBlob(path, accept), fileName);
}
