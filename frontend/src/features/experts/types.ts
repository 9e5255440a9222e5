/** 专家库 and 专家调用: the shapes of /api/v1/experts and /api/v1/expert-invocations (docs/experts.md). */
import type { Narrowed, Schemas } from '../../api/schemas';
import type { HitMatch, HybridResult } from '../../components/matching';

/** 专家级别 and 可调用状态, as the API spells them. */
export type ExpertLevel = 'national' | 'province' | 'city' | 'county';
export type Availability = 'available' | 'busy' | 'unavailable';

/** `GET /api/v1/experts/{id}`: `phone` and `email` are null unless `contactVisible` (roles that may invoke experts). */
export type Expert = Narrowed<Schemas['ExpertViews.Expert'], { level: ExpertLevel; availability: Availability }>;

/** Body of `POST /api/v1/experts`; `PUT` adds the `version` read. */
export type ExpertInput = Narrowed<
  Omit<Schemas['ExpertViews.ExpertRequest'], 'sharing' | 'version'>,
  { level: ExpertLevel; availability: Availability; title: string; note: string }
>;

export type ExpertFacet = 'specialties' | 'level' | 'availability' | 'tier' | 'region';

/** `label`: the region's name, for the region facet. */
export type ExpertBucket = Schemas['ExpertSearch.Bucket'];

/** `match`: `full` holds every word; `partial` some of them (no record holds all); `semantic` found by meaning. */
export type ExpertHit = Narrowed<
  Schemas['ExpertSearch.Item'],
  { level: ExpertLevel; availability: Availability; match: HitMatch | null }
>;

export type ExpertSearchResult = HybridResult<Schemas['ExpertSearch.Result'], ExpertHit, ExpertFacet>;

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
export type Candidate = Narrowed<Schemas['ExpertViews.Candidate'], { level: ExpertLevel }>;

/** The candidates' answer. */
export type Candidates = Narrowed<Schemas['ExpertSearch.Candidates'], { items: Candidate[] }>;

export type InvocationPurpose = 'plan_review' | 'drill_evaluation' | 'incident' | 'consultation';
export type InvocationStatus = 'requested' | 'accepted' | 'declined' | 'completed';

/** `expertAnswers`: the expert has an account linked to its record and answers itself (我的邀请). */
export type Invocation = Narrowed<
  Schemas['ExpertViews.Invocation'],
  { purpose: InvocationPurpose; status: InvocationStatus }
>;

/** Body of `POST /api/v1/expert-invocations` (with an `Idempotency-Key`). */
export type InvocationInput = Narrowed<Schemas['ExpertViews.InvocationRequest'], { purpose: InvocationPurpose }>;
