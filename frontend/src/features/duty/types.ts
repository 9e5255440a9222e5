/** 值班值守 and 查岗: the shapes of /api/v1/duty (docs/duty.md). */
import type { Narrowed, Schemas } from '../../api/schemas';

export type DutyRole = 'leader' | 'officer';
export type SpotCheckMethod = 'system' | 'phone' | 'video';
export type SpotCheckOutcome = 'scheduled' | 'pending' | 'on_duty' | 'late' | 'not_on_roster' | 'unanswered';
export type DutyViolation = 'none' | 'absent' | 'missed' | 'empty' | 'stand_in';

export type DutyPost = Schemas['DutyViews.Post'];
export type DutyPostInput = Schemas['DutyViews.PostRequest'];
export type Shift = Narrowed<Schemas['DutyViews.Shift'], { role: DutyRole }>;
export type ShiftInput = Narrowed<Schemas['DutyViews.ShiftRequest'], { role: DutyRole }>;
export type Absence = Schemas['DutyViews.Absence'];
export type AbsenceInput = Schemas['DutyViews.AbsenceRequest'];
export type Gap = Schemas['DutyViews.Gap'];
export type StaffMember = Schemas['DutyViews.StaffMember'];
export type Roster = Omit<Schemas['DutyViews.Roster'], 'shifts' | 'onDutyNow'> & { shifts: Shift[]; onDutyNow: Shift[] };
export type LogEntry = Schemas['DutyViews.LogEntry'];
export type Handover = Schemas['DutyViews.Handover'];
export type HandoverItem = Schemas['DutyViews.HandoverItem'];
export type SpotCheck = Narrowed<
  Schemas['DutyViews.SpotCheck'],
  { method: SpotCheckMethod; outcome: SpotCheckOutcome; violation: DutyViolation | null }
>;
export type SpotCheckInput = Narrowed<Schemas['DutyViews.SpotCheckRequest'], { method: SpotCheckMethod }>;
export type ScheduleInput = Narrowed<Schemas['DutyViews.ScheduleRequest'], { method: SpotCheckMethod }>;
export type ConclusionInput = Narrowed<Schemas['DutyViews.ConclusionRequest'], { violation: DutyViolation }>;

/** `scope` of the spot-check list. */
export type SpotCheckScope = 'issued' | 'received' | 'pending' | 'all';
