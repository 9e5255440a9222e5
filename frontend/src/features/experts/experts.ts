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
  /** 接受 / 谢绝: the expert's registering office, while the request is open. */
  respond: boolean;
  /** 工作记录: the requester, once accepted. */
  workRecord: boolean;
  /** 评价 and 费用: the requester, once completed. */
  evaluate: boolean;
}

/** What the viewer's office may do with an invocation; the API decides, this only hides what it would refuse. */
export function invocationActions(invocation: Invocation, tenantCode: string, canInvoke: boolean): InvocationActions {
  const requester = canInvoke && invocation.tenantCode === tenantCode;
  return {
    respond: canInvoke && invocation.expertTenantCode === tenantCode && invocation.status === 'requested',
    workRecord: requester && invocation.status === 'accepted',
    evaluate: requester && invocation.status === 'completed',
  };
}
