import type { AttachmentEndpoints, AttachmentRole } from './types';

/**
 * The roles in the order the upload form offers them: 正文 first (search reads it first), then the other 备案材料
 * (编制说明, and the four an enterprise files besides: docs/filing.md), then the supporting documents.
 */
export const ATTACHMENT_ROLES: AttachmentRole[] = [
  'text',
  'compilation_note',
  'filing_form',
  'review_opinion',
  'risk_assessment',
  'resource_survey',
  'handbook',
  'action_plan',
  'disposal_card',
  'other',
];

/** The upload limit the API enforces (413 beyond it); checked before sending to spare a 50 MB round trip. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** The attachments of a plan (.docx/.pdf with a role). */
export const planAttachments = (planId: string): AttachmentEndpoints => ({
  list: `/api/v1/plans/${encodeURIComponent(planId)}/attachments`,
  download: (id) => `/api/v1/attachments/${encodeURIComponent(id)}`,
});

/** The documents and photos of a drill record. */
export const drillAttachments = (drillId: string): AttachmentEndpoints => ({
  list: `/api/v1/drills/${encodeURIComponent(drillId)}/attachments`,
  download: (id) => `/api/v1/drill-attachments/${encodeURIComponent(id)}`,
});

const DOCUMENTS = /\.(docx|pdf)$/i;
const DOCUMENTS_AND_PHOTOS = /\.(docx|pdf|jpe?g|png)$/i;

/** Why a file cannot be uploaded, or undefined; the server checks the content again. */
export function uploadProblem(
  file: { name: string; size: number },
  photos = false,
): 'type' | 'size' | undefined {
  if (!(photos ? DOCUMENTS_AND_PHOTOS : DOCUMENTS).test(file.name)) {
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
