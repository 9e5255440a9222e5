import type { TenantNode } from '../tenants/types';
import type { Campaign, CampaignProgress, CampaignTask, TaskState } from './types';

const STATE_COLORS: Record<TaskState, string> = { done: 'green', in_progress: 'blue', due: 'default', overdue: 'red' };

/** The antd Tag colour of a task state. */
export const taskStateColor = (state: string): string => STATE_COLORS[state as TaskState] ?? 'default';

/**
 * 挂图作战 summary: the counts (未到期 = every open task still in time, started or not) and the share done and
 * overdue in whole percent (0 without tasks), for a progress bar.
 */
export function boardSummary(progress: CampaignProgress): CampaignProgress & { percent: number; overduePercent: number } {
  const share = (n: number) => (progress.total === 0 ? 0 : Math.round((n * 100) / progress.total));
  return { ...progress, percent: share(progress.done), overduePercent: share(progress.overdue) };
}

/** What the viewer may do on a campaign's board: only the initiating region manages it. */
export function campaignActions(
  campaign: Pick<Campaign, 'own' | 'launched'> & { tasks: readonly unknown[] },
  canCompile: boolean,
): { addTask: boolean; launch: boolean } {
  const manage = canCompile && campaign.own;
  return { addTask: manage, launch: manage && !campaign.launched && campaign.tasks.length > 0 };
}

/** A task assigned here can be started while no plan is linked to it yet. */
export const canStartTask = (task: Pick<CampaignTask, 'planId' | 'state'>, canCompile: boolean): boolean =>
  canCompile && task.planId === null && task.state !== 'done';

/** The regions a task may be assigned to: the viewer's own and every one below, as TreeSelect data. */
export interface AssigneeOption {
  value: string;
  title: string;
  children: AssigneeOption[];
}

export function assigneeOptions(root: TenantNode): AssigneeOption[] {
  const toOption = (node: TenantNode): AssigneeOption => ({
    value: node.code,
    title: `${node.name}（${node.code}）`,
    children: node.children.map(toOption),
  });
  return [toOption(root)];
}

/**
 * The tasks a plan may answer, as Select options: those without a plan yet, plus the one the edited plan
 * already answers.
 */
export function openTaskOptions(
  tasks: readonly CampaignTask[],
  keepTaskId?: string | null,
): { value: string; label: string }[] {
  return tasks
    .filter((task) => (task.planId === null && task.state !== 'done') || task.id === keepTaskId)
    .map((task) => ({ value: task.id, label: `${task.campaignTitle}：${task.planTitle}（${task.deadline}）` }));
}
