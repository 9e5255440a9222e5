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
  tenantCode: string | null;
  tenantName: string | null;
  unitRole: string;
  label: string;
  /** The receiving tenant's organization unit that took the filing in (备案受理单位). */
  unitId: string | null;
}

/**
 * `GET /api/v1/plans/filing-route`: where a plan of this category and owning unit will be filed, shown while it
 * is still a draft; `refused` holds the reason when the policy has no route for the combination.
 */
export type FilingRoutePreview =
  | {
      description: string;
      authority: string;
      /** 受理单位: the receiving tenant's unit; null when the authority is outside the platform. */
      receivingUnit: string | null;
      deliverVia: string | null;
      copyTo: string[];
      outsidePlatform: boolean;
      refused?: undefined;
    }
  | { refused: string };

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
  /** 报送人, as the people directory names them. */
  submittedBy: string | null;
  authority: FilingAuthority;
  deliverVia: string | null;
  copyTo: string[];
  routeDescription: string;
  submittedAt: string;
  /** 报送日期: the date of record the deadlines count from. */
  submittedOn: string;
  filingDueOn: string;
  late: boolean;
  acknowledgementDueOn: string | null;
  acknowledgementLate: boolean;
  status: FilingStatus;
  /** 视为已备案: undecided past the acknowledgement deadline where silence counts (enterprise rule). */
  deemedFiled: boolean;
  decision: FilingDecision | null;
}
