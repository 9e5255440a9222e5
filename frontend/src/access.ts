/** Realm roles issued by Keycloak (see docs/contracts.md). */
export type Role =
  | 'county_officer'
  | 'city_official'
  | 'province_official'
  | 'reviewer'
  | 'expert'
  | 'tenant_admin'
  | 'informant'
  | 'platform_admin';

export interface Access {
  /**
   * 机关内部资料: an office's staff read its internal records (drafts, filings, drills, campaigns, …). Everybody
   * else — an expert, the platform operator — reads published records only (the API's Readership).
   */
  readsInternal: boolean;
  /** 我的邀请: an expert (and no office role) answers its own invitations and records its work. */
  answersOwnInvitations: boolean;
  /** 组织机构管理: the caller's own tenant's organization units. */
  canManageOrgUnits: boolean;
  /** 预案编制: create, edit, issue, submit and abolish the plans of the caller's own tenant. */
  canCompilePlans: boolean;
  /** 备案审查: accept or return filings addressed to the caller's tenant. */
  canReview: boolean;
  /** 专家管理与调用: register the own tier's experts, see contact details, invoke experts and answer invocations. */
  canInvokeExperts: boolean;
  /** 待办事项: the office's obligations (时限) — its officials' and reviewers'. */
  actsOnObligations: boolean;
  /** 合规看板: the officials of every tier (a county sees itself, a city its counties, a province its cities). */
  canViewCompliance: boolean;
  /** 信息接报: the duty office's console — intake, events, reports from below (its officials). */
  receivesIntake: boolean;
  /** 信息上报: a township's or department's 信息员 submits to its office's intake (and only that). */
  submitsIntake: boolean;
  /** 平台运维 */
  canOperatePlatform: boolean;
}

/** The roles of an office's staff (the API's Readership.OFFICE_ROLES). */
export const OFFICE_ROLES: readonly Role[] = ['county_officer', 'city_official', 'province_official', 'reviewer', 'tenant_admin'];

/**
 * What the UI offers to a user with these roles. Only a convenience for hiding what would be refused:
 * the API decides.
 */
export function access(roles: readonly string[]): Access {
  const has = (role: Role) => roles.includes(role);
  const readsInternal = OFFICE_ROLES.some(has);
  return {
    readsInternal,
    answersOwnInvitations: has('expert') && !readsInternal,
    canManageOrgUnits: has('tenant_admin'),
    canCompilePlans: has('county_officer') || has('city_official') || has('province_official'),
    canReview: has('reviewer'),
    canInvokeExperts: has('county_officer') || has('city_official') || has('province_official') || has('tenant_admin'),
    actsOnObligations: has('county_officer') || has('city_official') || has('province_official') || has('reviewer'),
    canViewCompliance: has('county_officer') || has('city_official') || has('province_official'),
    receivesIntake: has('county_officer') || has('city_official') || has('province_official'),
    submitsIntake: has('informant'),
    canOperatePlatform: has('platform_admin'),
  };
}
