import { describe, expect, it } from 'vitest';
import { access } from './access';

describe('access', () => {
  it('grants nothing without roles', () => {
    expect(access([])).toEqual({
      readsInternal: false,
      answersOwnInvitations: false,
      canManageOrgUnits: false,
      canCompilePlans: false,
      canReview: false,
      canInvokeExperts: false,
      actsOnObligations: false,
      canViewCompliance: false,
      receivesIntake: false,
      submitsIntake: false,
      canOperatePlatform: false,
    });
  });

  it('gives the duty console to the officials and 信息上报 to the informant alone', () => {
    for (const role of ['county_officer', 'city_official', 'province_official']) {
      expect(access([role]).receivesIntake).toBe(true);
      expect(access([role]).submitsIntake).toBe(false);
    }
    expect(access(['informant'])).toMatchObject({ receivesIntake: false, submitsIntake: true, readsInternal: false });
  });

  it('shows the obligations to the officials and reviewers who act on them, as the API allows', () => {
    for (const role of ['county_officer', 'city_official', 'province_official', 'reviewer']) {
      expect(access([role]).actsOnObligations).toBe(true);
    }
    for (const role of ['expert', 'tenant_admin', 'platform_admin']) {
      expect(access([role]).actsOnObligations).toBe(false);
    }
  });

  it('shows the compliance dashboard to the officials of every tier, not to a reviewer, expert or admin alone', () => {
    for (const role of ['county_officer', 'city_official', 'province_official']) {
      expect(access([role]).canViewCompliance).toBe(true);
    }
    for (const role of ['reviewer', 'expert', 'tenant_admin', 'platform_admin']) {
      expect(access([role]).canViewCompliance).toBe(false);
    }
  });

  it('lets officials and tenant admins invoke experts, never an expert or a reviewer alone', () => {
    expect(access(['county_officer']).canInvokeExperts).toBe(true);
    expect(access(['tenant_admin']).canInvokeExperts).toBe(true);
    expect(access(['expert']).canInvokeExperts).toBe(false);
    expect(access(['reviewer']).canInvokeExperts).toBe(false);
  });

  it('lets a tenant admin manage organization units but not review', () => {
    expect(access(['tenant_admin'])).toMatchObject({ canManageOrgUnits: true, canReview: false });
  });

  it('lets a reviewer review but not manage organization units', () => {
    expect(access(['city_official', 'reviewer'])).toMatchObject({ canManageOrgUnits: false, canReview: true });
  });

  it('combines the grants of several roles', () => {
    expect(access(['county_officer', 'tenant_admin', 'reviewer'])).toMatchObject({
      canManageOrgUnits: true,
      canReview: true,
    });
  });

  it('gives platform operation only to platform admins', () => {
    expect(access(['province_official']).canOperatePlatform).toBe(false);
    expect(access(['platform_admin']).canOperatePlatform).toBe(true);
  });

  it('lets an office read internal records, never an expert or the platform operator alone', () => {
    for (const role of ['county_officer', 'city_official', 'province_official', 'reviewer', 'tenant_admin']) {
      expect(access([role]).readsInternal).toBe(true);
    }
    expect(access(['expert']).readsInternal).toBe(false);
    expect(access(['platform_admin']).readsInternal).toBe(false);
  });

  it('gives an expert alone its own invitations; an official who is also an expert works as the office', () => {
    expect(access(['expert'])).toMatchObject({ answersOwnInvitations: true, canInvokeExperts: false });
    expect(access(['expert', 'county_officer']).answersOwnInvitations).toBe(false);
    expect(access(['platform_admin']).answersOwnInvitations).toBe(false);
  });

  it('ignores roles it does not know, such as Keycloak defaults', () => {
    expect(access(['offline_access', 'uma_authorization', 'default-roles-yingji'])).toEqual(access([]));
  });

  it.each(['county_officer', 'city_official', 'province_official'])('lets a %s compile plans', (role) => {
    expect(access([role]).canCompilePlans).toBe(true);
  });

  it('does not let reviewers, experts or admins alone compile plans', () => {
    expect(access(['reviewer', 'expert', 'tenant_admin', 'platform_admin']).canCompilePlans).toBe(false);
  });
});
