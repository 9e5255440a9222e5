import type { AttachmentRole } from '../attachments/types';

export type FilingStatus = 'pending' | 'filed' | 'returned';

/** `GET /api/v1/plans/{id}/filing-materials`: a role of plan attachments, required by the owner's policy or not. */
export interface FilingMaterial {
  role: AttachmentRole;
  label: string;
  required: boolean;
  present: boolean;
}

/** The 备案机关 the routing rules chose. */
export interface FilingAuthority {
  tenantCode: string;
  tenantName: string;
  unitRole: string;
  label: string;
}

export interface FilingDecision {
  decision: 'accepted' | 'returned';
  reason: string | null;
  filingNumber: string | null;
  verificationCode: string | null;
  decidedAt: string;
  decidedBy: string;
}

/** One submission of a plan for filing (`POST /api/v1/plans/{id}/submit`, the inbox, …). */
export interface Filing {
  id: string;
  planId: string;
  planVersionNo: number;
  planTitle: string;
  submitterTenantCode: string;
  submitterTenantName: string;
  authority: FilingAuthority;
  deliverVia: string | null;
  copyTo: string[];
  routeDescription: string;
  submittedAt: string;
  filingDueOn: string;
  late: boolean;
  acknowledgementDueOn: string | null;
  acknowledgementLate: boolean;
  status: FilingStatus;
  /** 视为已备案: undecided past the acknowledgement deadline where silence counts (enterprise rule). */
  deemedFiled: boolean;
  decision: FilingDecision | null;
}
