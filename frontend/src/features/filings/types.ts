/** 备案: the shapes of the filing API (backend cn.yingji.filings, docs/filing.md), generated from the API document. */
import type { Narrowed, Schemas } from '../../api/schemas';
import type { AttachmentRole } from '../attachments/types';

export type FilingStatus = 'pending' | 'filed' | 'returned';

/** `GET /api/v1/plans/{id}/filing-materials`: a role of plan attachments, required by the owner's policy or not. */
export type FilingMaterial = Narrowed<Schemas['FilingViews.Material'], { role: AttachmentRole }>;

/** The 备案机关 the routing rules chose; `unitId`: the receiving tenant's unit that took the filing in (备案受理单位). */
export type FilingAuthority = Schemas['FilingViews.Authority'];

/**
 * `GET /api/v1/plans/filing-route`: where a plan of this category and owning unit will be filed, shown while it
 * is still a draft (`receivingUnit`: null when the authority is outside the platform); `refused` holds the reason
 * when the policy has no route for the combination (the API's problem, read by the service).
 */
export type FilingRoutePreview = (Schemas['FilingViews.RoutePreview'] & { refused?: undefined }) | { refused: string };

export type FilingDecision = Narrowed<Schemas['FilingViews.Decision'], { decision: 'accepted' | 'returned' }>;

/**
 * One submission of a plan for filing (`POST /api/v1/plans/{id}/submit`, the inbox, …): `submittedBy` the 报送人 as
 * the people directory names them; `submittedOn` the date of record the deadlines count from; `deemedFiled`
 * 视为已备案 (undecided past the acknowledgement deadline where silence counts, the enterprise rule).
 */
export type Filing = Narrowed<
  Schemas['FilingViews.Filing'],
  { status: FilingStatus; authority: FilingAuthority; decision: FilingDecision | null }
>;
