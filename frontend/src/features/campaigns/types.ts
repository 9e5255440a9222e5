import type { PlanCategory, PlanStatus } from '../plans/types';

/** 任务状态: done 已销号 (a linked version filed), in_progress 编制中, due 未到期, overdue 逾期. */
export type TaskState = 'done' | 'in_progress' | 'due' | 'overdue';

/** 编修任务: a plan to compile or revise, the region responsible and its deadline. */
export interface CampaignTask {
  id: string;
  campaignId: string;
  campaignTitle: string;
  campaignTenantName: string;
  planTitle: string;
  category: PlanCategory;
  assigneeTenantCode: string;
  assigneeTenantName: string | null;
  assigneeUnitId: string | null;
  assigneeUnitName: string | null;
  deadline: string;
  templateId: string | null;
  state: TaskState;
  stateLabel: string;
  /** The linked plan, only when the viewer may see it. */
  planId: string | null;
  planStatus: PlanStatus | null;
  planStatusLabel: string | null;
}

export interface CampaignProgress {
  total: number;
  done: number;
  due: number;
  overdue: number;
}

/** 编修专项行动; `tasks` only in `GET /api/v1/campaigns/{id}`. */
export interface Campaign {
  id: string;
  tenantCode: string;
  tenantName: string;
  title: string;
  noticeDocNumber: string | null;
  description: string;
  deadline: string;
  guideId: string | null;
  launched: boolean;
  launchedAt: string | null;
  own: boolean;
  version: number;
  progress: CampaignProgress;
  tasks: CampaignTask[];
}

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
