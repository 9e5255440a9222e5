/** 统一接报, 事件, 信息报送: the shapes of /api/v1/intake, /api/v1/events and /api/v1/reports (docs/reporting.md). */
import type { Narrowed, Schemas } from '../../api/schemas';
import type { ActionInput, CorrectiveAction } from '../drills/types';
import type { Obligation } from '../obligations/types';

export type Severity = 'general' | 'major' | 'serious' | 'especially_serious';
export type IntakeSource =
  | 'lower_tier'
  | 'department'
  | 'township'
  | 'grid_member'
  | 'hotline'
  | 'transfer'
  | 'upper_notice'
  | 'opinion';
export type ReportChannel = 'phone' | 'sms' | 'fax' | 'written' | 'system';
export type ReportStage = 'initial' | 'follow_up' | 'final';
export type FigureBasis = 'department' | 'territorial' | 'verified';
export type IntakeState = 'new' | 'screened' | 'dismissed' | 'forwarded';

/** `scope` of the event and report lists: the own tier's, the tiers below's, or both. */
export type Scope = 'all' | 'own' | 'below';

export type IntakeItem = Narrowed<
  Schemas['EventViews.IntakeItem'],
  { source: IntakeSource; channel: ReportChannel; state: IntakeState }
>;
export type IntakeInput = Schemas['EventViews.IntakeRequest'];
export type ScreenInput = Schemas['EventViews.ScreenRequest'];

/** An open clock of an event (电话初报, 书面报告, 续报, 逐级上报) and who owes it. */
export type Clock = Schemas['Obligations.Clock'];
export type EventRow = Narrowed<Schemas['EventViews.EventRow'], { severity: Severity; status: 'open' | 'closed' }>;
export type EventInput = Schemas['EventViews.EventRequest'];
/** 领导批示 with each addressee's feedback clock and feedbacks. */
export type Instruction = Schemas['EventViews.Instruction'];
export type Addressee = Schemas['EventViews.Addressee'];
export type InstructionInput = Schemas['EventViews.InstructionRequest'];

export type EventDetail = Omit<
  Schemas['EventViews.Event'],
  'event' | 'intake' | 'reports' | 'obligations' | 'closing' | 'findings' | 'response'
> & {
  event: EventRow;
  findings: Finding[];
  response: EventResponse;
  intake: IntakeItem[];
  reports: Report[];
  /** Every tier's report clocks of the event, the open ones first. */
  obligations: Obligation[];
  closing: Closing;
};

/** After the event: 总结评估, its 整改措施 (the drills' corrective actions), what closing lacks, 结案, the case, 回头看. */
export type Closing = Omit<Schemas['EventViews.Closing'], 'actions' | 'reviews'> & {
  actions: CorrectiveAction[];
  reviews: Review[];
};
export type ReviewConclusion = 'effective' | 'partial' | 'ineffective';
export type Review = Narrowed<Schemas['EventViews.Review'], { conclusion: ReviewConclusion }>;
export type EvaluationInput = Schemas['EventViews.EvaluationRequest'];
export type ReviewInput = Narrowed<Schemas['EventViews.ReviewRequest'], { conclusion: ReviewConclusion }>;

export type Report = Narrowed<Schemas['EventViews.Report'], { stage: ReportStage; channel: ReportChannel }>;
export type ReportInput = Schemas['EventViews.ReportRequest'];

export type { ActionInput };

export type BulletinSeries = 'express' | 'duty';
/** 《信息快报》/《值班信息》 as its readers see it. */
export type InfoBulletin = Narrowed<Schemas['EventViews.InfoBulletin'], { series: BulletinSeries }>;
export type BulletinInput = Narrowed<Schemas['EventViews.BulletinRequest'], { series: BulletinSeries }>;

/** 漏报/瞒报/谎报 and what became of a suspicion (待核查/已认定/已排除). */
export type FindingKind = 'missed' | 'concealed' | 'false';
export type FindingState = 'candidate' | 'confirmed' | 'dismissed';
export type Finding = Narrowed<Schemas['EventViews.Finding'], { kind: FindingKind; state: FindingState }>;
export type FindingInput = Narrowed<Schemas['EventViews.FindingRequest'], { kind: FindingKind }>;
export type DecisionInput = Narrowed<Schemas['EventViews.DecisionRequest'], { decision: 'confirm' | 'dismiss' }>;
/** `scope` of the findings list: made by the office, about it, made by the tiers below, all. */
export type FindingScope = 'all' | 'own' | 'about' | 'below';
export type FindingLine = Schemas['EventViews.FindingLine'];
export type FindingFigures = Schemas['EventViews.FindingFigures'];

/** 应急响应与指挥 of an event: the handling tier by policy, every tier's response entries and command. */
export type ResponseAction = 'start' | 'adjust' | 'end';
export type EventResponse = Schemas['EventViews.Response'];
export type ResponseInput = Narrowed<Schemas['EventViews.ResponseRequest'], { action: ResponseAction }>;
export type CommandInput = Narrowed<Schemas['EventViews.CommandRequest'], { kind: 'headquarters' | 'group' }>;
