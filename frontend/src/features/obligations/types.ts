import type { Narrowed, Schemas } from '../../api/schemas';

/** The obligation states: 待办, 按时办结, 逾期办结, 逾期未办, 已免办. */
export type ObligationState = 'open' | 'done_on_time' | 'done_late' | 'missed' | 'waived';

/** One obligation of `GET /api/v1/obligations` (时限/待办, docs/obligations.md). */
export type Obligation = Narrowed<
  Schemas['Obligations.Item'],
  { state: ObligationState; rung: 'urge' | 'notice' | 'summons' | null }
>;

/** The counts of one line and kind of 时限办理 (`GET /api/v1/obligations/figures`); `rate` is null when nothing fell due. */
export type DeadlineCounts = Schemas['ObligationFigures.Counts'];

/** 本级 (`own`), a child region over its subtree, or 合计 (`total`). */
export type DeadlineLine = Schemas['ObligationFigures.Line'];

export type DeadlineFigures = Schemas['ObligationFigures.Figures'];

/** What became of an obligation, as the figures count it. */
export type DeadlineOutcome = 'onTime' | 'late' | 'overdue' | 'pending' | 'waived';
