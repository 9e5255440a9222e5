/** One obligation of `GET /api/v1/obligations` (时限/待办, docs/obligations.md). */
export interface Obligation {
  id: string;
  kind: string;
  /** 备案审查, … */
  kindLabel: string;
  recordId: string;
  /** The kind of record it belongs to: `filing`, … */
  recordEntity: string;
  /** What it is about, e.g. the plan's title. */
  subject: string;
  ownerTenantCode: string;
  /** The tenant whose record caused it (e.g. the county that filed). */
  ownerTenantName: string;
  /** The tenant that must act (the filing authority of a filing under review). */
  assigneeTenantName: string;
  arisesAt: string;
  dueAt: string;
  /** The due day in China. */
  dueOn: string;
  /** Working days from today to the due day; negative when overdue. */
  workingDaysLeft: number;
  overdue: boolean;
  state: 'open' | 'done_on_time' | 'done_late' | 'missed' | 'waived';
  /** 待办, 已逾期, 按时办结, … */
  stateLabel: string;
  doneAt: string | null;
  /** What the one who must act should know, e.g. 退回原因：… of a 退回重报. */
  note: string | null;
  /** Why it was waived (已免办), e.g. 预案已废止. */
  reason: string | null;
  /** How far it has been escalated for being overdue (逾期升级): `urge`, `notice`, `summons`. */
  rung: 'urge' | 'notice' | 'summons' | null;
  /** 催办, 通报, 约谈 */
  rungLabel: string | null;
  escalatedAt: string | null;
}

/** The counts of one line and kind of 时限办理 (`GET /api/v1/obligations/figures`). */
export interface DeadlineCounts {
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  waived: number;
  /** 按时率: on time ÷ (on time + late + overdue), in per cent, one decimal; null when nothing fell due. */
  rate: number | null;
}

/** 本级 (`own`), a child region over its subtree, or 合计 (`total`). */
export interface DeadlineLine {
  tenantCode: string;
  tenantName: string;
  own: boolean;
  total: boolean;
  byKind: Record<string, DeadlineCounts>;
  all: DeadlineCounts;
}

export interface DeadlineFigures {
  tenantCode: string;
  tenantName: string;
  since: string;
  kinds: { kind: string; label: string }[];
  lines: DeadlineLine[];
}

/** What became of an obligation, as the figures count it. */
export type DeadlineOutcome = 'onTime' | 'late' | 'overdue' | 'pending' | 'waived';
