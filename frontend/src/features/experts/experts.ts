import type { Access } from '../../access';
import type { Expert, ExpertInput, ExpertSearchQuery, Invocation } from './types';

/** The query string of `GET /api/v1/experts/search`. */
export function expertSearchParams(query: ExpertSearchQuery): string {
  const params = new URLSearchParams();
  const q = query.q.trim();
  if (q) {
    params.set('q', q);
  }
  for (const key of ['specialty', 'level', 'availability', 'tier', 'tenantCode'] as const) {
    const value = query[key];
    if (value) {
      params.set(key, value);
    }
  }
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  // the page shows the facets: the API counts them only when asked
  params.set('facets', 'true');
  return params.toString();
}

/** The facet a search filter narrows, and back: the API names facets after index fields. */
export const FACET_FILTERS = {
  specialties: 'specialty',
  level: 'level',
  availability: 'availability',
  tier: 'tier',
  region: 'tenantCode',
} as const;

/** The form's values for editing an expert (or empty for a new one). */
export function expertFormValues(expert?: Expert): ExpertInput {
  return {
    name: expert?.name ?? '',
    organization: expert?.organization ?? '',
    title: expert?.title ?? '',
    specialties: expert?.specialties ?? [],
    level: expert?.level ?? 'county',
    phone: expert?.phone ?? '',
    email: expert?.email ?? null,
    availability: expert?.availability ?? 'available',
    affiliationUnitId: expert?.affiliationUnitId ?? null,
    note: expert?.note ?? '',
  };
}

export interface InvocationActions {
  /** 接受 / 谢绝: the expert itself, or the registering office of an expert without an account; while open. */
  respond: boolean;
  /** 工作记录: the requester or the expert itself, once accepted. */
  workRecord: boolean;
  /** 评价 and 费用: the requester, once completed. */
  evaluate: boolean;
}

/**
 * What the viewer may do with an invocation; the API decides, this only hides what it would refuse. An expert answers
 * its own invitations (我的邀请, the only ones it is shown) and records its work; the registering office answers for
 * an expert without an account.
 */
export function invocationActions(
  invocation: Invocation,
  tenantCode: string,
  can: Pick<Access, 'canInvokeExperts' | 'answersOwnInvitations'>,
): InvocationActions {
  if (can.answersOwnInvitations) {
    return { respond: invocation.status === 'requested', workRecord: invocation.status === 'accepted', evaluate: false };
  }
  const requester = can.canInvokeExperts && invocation.tenantCode === tenantCode;
  return {
    respond:
      can.canInvokeExperts &&
      invocation.expertTenantCode === tenantCode &&
      !invocation.expertAnswers &&
      invocation.status === 'requested',
    workRecord: requester && invocation.status === 'accepted',
    evaluate: requester && invocation.status === 'completed',
  };
}
