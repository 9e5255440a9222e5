import type { AttachmentRole } from './types';

/** The roles in the order the upload form offers them (正文 first: search reads it first). */
export const ATTACHMENT_ROLES: AttachmentRole[] = [
  'text',
  'compilation_note',
  'handbook',
  'action_plan',
  'disposal_card',
  'other',
];

/** The upload limit the API enforces (413 beyond it); checked before sending to spare a 50 MB round trip. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

const ACCEPTED = /\.(docx|pdf)$/i;

/** Why a file cannot be uploaded, or undefined; the server checks the content again. */
export function uploadProblem(file: { name: string; size: number }): 'type' | 'size' | undefined {
  if (!ACCEPTED.test(file.name)) {
    return 'type';
  }
  return file.size > MAX_ATTACHMENT_BYTES ? 'size' : undefined;
}

/** 1.5 MB, 820 KB, 12 B. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}
