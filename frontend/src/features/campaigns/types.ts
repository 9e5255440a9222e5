import type { Narrowed, Schemas } from '../../api/schemas';
import type { PlanCategory, PlanStatus } from '../plans/types';

/** 任务状态: done 已销号 (a linked version filed), in_progress 编制中, due 未到期, overdue 逾期. */
export type TaskState = 'done' | 'in_progress' | 'due' | 'overdue';

/** 编修任务: a plan to compile or revise, the region responsible and its deadline; the linked plan only when visible. */
export type CampaignTask = Narrowed<
  Schemas['RevisionCampaigns.Task'],
  { category: PlanCategory; state: TaskState; planStatus: PlanStatus | null }
>;

export type CampaignProgress = Schemas['RevisionCampaigns.Progress'];

/** 编修专项行动; `tasks` only in `GET /api/v1/campaigns/{id}`. */
export type Campaign = Narrowed<Schemas['RevisionCampaigns.Campaign'], { tasks: CampaignTask[] }>;

export interface CampaignInput {
  title: string;
  noticeDocNumber: string | null;
  description: string | null;
  deadline: string;
  guideId: string | null;
}

export interface TaskInput {
  planTitle: string;
  category: PlanCategory;
  assigneeTenantCode: string;
  assigneeUnitId: string | null;
  deadline: string;
  templateId: string | null;
}
