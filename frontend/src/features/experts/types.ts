import type { HitMatch, MatchMode } from '../../components/matching';

/** 专家级别 and 可调用状态, as the API spells them. */
export type ExpertLevel = 'national' | 'province' | 'city' | 'county';
export type Availability = 'available' | 'busy' | 'unavailable';

/** `GET /api/v1/experts/{id}`: `phone` and `email` are null unless `contactVisible` (roles that may invoke experts). */
export interface Expert {
  id: string;
  tenantCode: string;
  tenantName: string | null;
  sharing: string;
  name: string;
  organization: string;
  title: string;
  specialties: string[];
  level: ExpertLevel;
  levelLabel: string;
  contactVisible: boolean;
  phone: string | null;
  email: string | null;
  availability: Availability;
  availabilityLabel: string;
  inPool: boolean;
  outReason: string | null;
  outOn: string | null;
  affiliationUnitId: string | null;
  note: string;
  version: number;
  updatedAt: string;
  /** 已关联专家本人账号: the expert answers its invitations itself. */
  accountLinked: boolean;
}

/** Body of `POST /api/v1/experts`; `PUT` adds the `version` read. */
export interface ExpertInput {
  name: string;
  organization: string;
  title: string;
  specialties: string[];
  level: ExpertLevel;
  phone: string;
  email: string | null;
  availability: Availability;
  affiliationUnitId: string | null;
  note: string;
}

export type ExpertFacet = 'specialties' | 'level' | 'availability' | 'tier' | 'region';

export interface ExpertBucket {
  key: string;
  /** The region's name, for the region facet. */
  label: string | null;
  count: number;
}

export interface ExpertHit {
  id: string;
  name: string;
  organization: string;
  title: string;
  tenantCode: string;
  tenantName: string;
  tier: string;
  level: ExpertLevel;
  levelLabel: string;
  specialties: string[];
  availability: Availability;
  availabilityLabel: string;
  inPool: boolean;
  completedInvocations: number | null;
  averageScore: number | null;
  /** `full`: holds every word; `partial`: some of them (no record holds all); `semantic`: found by meaning. */
  match?: HitMatch | null;
}

export interface ExpertSearchResult {
  /** The hits holding every word (the facets count these). */
  total: number;
  /** The hits after them: found by some of the words (partial mode) or by meaning (语义检索). */
  others?: number;
  page: number;
  size: number;
  items: ExpertHit[];
  facets: Partial<Record<ExpertFacet, ExpertBucket[]>>;
  /** `partial` when no record holds every word (the hits are partial matches). */
  match?: MatchMode;
  /** Other words to try, when not even a partial match exists. */
  suggestions?: string[];
}

export interface ExpertSearchQuery {
  q: string;
  specialty?: string;
  level?: string;
  availability?: string;
  tier?: string;
  tenantCode?: string;
  page: number;
  size: number;
}

/** `GET /api/v1/plans/{id}/expert-candidates`: eligible experts, nearest tier first. */
export interface Candidate {
  id: string;
  name: string;
  organization: string;
  title: string;
  tenantCode: string;
  tenantName: string;
  tier: string;
  level: ExpertLevel;
  levelLabel: string;
  specialties: string[];
  matchedSpecialties: string[];
  averageScore: number | null;
}

export type InvocationPurpose = 'plan_review' | 'drill_evaluation' | 'incident' | 'consultation';
export type InvocationStatus = 'requested' | 'accepted' | 'declined' | 'completed';

export interface Invocation {
  id: string;
  tenantCode: string;
  tenantName: string | null;
  expertId: string;
  expertName: string | null;
  expertOrganization: string | null;
  expertTenantCode: string;
  purpose: InvocationPurpose;
  purposeLabel: string;
  planId: string | null;
  drillId: string | null;
  subject: string;
  neededOn: string | null;
  requestedBy: string;
  status: InvocationStatus;
  statusLabel: string;
  respondedBy: string | null;
  responseNote: string | null;
  workRecord: string | null;
  score: number | null;
  evaluationComment: string | null;
  feeAmount: number | null;
  feeNote: string | null;
  version: number;
  createdAt: string;
  /** The expert has an account linked to its record and answers itself (我的邀请). */
  expertAnswers: boolean;
}

export interface InvocationInput {
  expertId: string;
  purpose: InvocationPurpose;
  planId?: string;
  drillId?: string;
  subject: string;
  neededOn?: string;
}
