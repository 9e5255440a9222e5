import { describe, expect, it } from 'vitest';
import { assigneeOptions, boardSummary, campaignActions, canStartTask, openTaskOptions, taskStateColor } from './campaigns';
import type { CampaignTask } from './types';

const task = (over: Partial<CampaignTask>): CampaignTask => ({
  id: 't1',
  campaignId: 'c1',
  campaignTitle: '2026 年预案编修',
  campaignTenantName: '潍坊市',
  planTitle: '潍城区防汛应急预案',
  category: 'special',
  assigneeTenantCode: '370702',
  assigneeTenantName: '潍城区',
  assigneeUnitId: null,
  assigneeUnitName: null,
  deadline: '2026-12-31',
  templateId: null,
  state: 'due',
  stateLabel: '未到期',
  planId: null,
  planStatus: null,
  planStatusLabel: null,
  ...over,
});

describe('boardSummary', () => {
  it('counts and shares done and overdue in whole percent', () => {
    expect(boardSummary({ total: 3, done: 1, due: 1, overdue: 1 })).toEqual({
      total: 3,
      done: 1,
      due: 1,
      overdue: 1,
      percent: 33,
      overduePercent: 33,
    });
  });

  it('is 0 % without tasks', () => {
    expect(boardSummary({ total: 0, done: 0, due: 0, overdue: 0 }).percent).toBe(0);
  });
});

describe('campaignActions', () => {
  const campaign = { own: true, launched: false, tasks: [task({})] };

  it('lets the initiating compiler add tasks and launch once there are tasks', () => {
    expect(campaignActions(campaign, true)).toEqual({ addTask: true, launch: true });
    expect(campaignActions({ ...campaign, tasks: [] }, true)).toEqual({ addTask: true, launch: false });
    expect(campaignActions({ ...campaign, launched: true }, true).launch).toBe(false);
  });

  it('is read-only for the regions below and without the compiler role', () => {
    expect(campaignActions({ ...campaign, own: false }, true)).toEqual({ addTask: false, launch: false });
    expect(campaignActions(campaign, false)).toEqual({ addTask: false, launch: false });
  });
});

describe('tasks', () => {
  it('colours states', () => {
    expect(taskStateColor('done')).toBe('green');
    expect(taskStateColor('overdue')).toBe('red');
    expect(taskStateColor('odd')).toBe('default');
  });

  it('starts a task only while no plan answers it', () => {
    expect(canStartTask(task({}), true)).toBe(true);
    expect(canStartTask(task({ state: 'overdue' }), true)).toBe(true);
    expect(canStartTask(task({ planId: 'p1', state: 'in_progress' }), true)).toBe(false);
    expect(canStartTask(task({}), false)).toBe(false);
  });

  it('offers open tasks to a plan, and keeps the one it already answers', () => {
    const tasks = [task({ id: 'open' }), task({ id: 'taken', planId: 'p1' }), task({ id: 'done', state: 'done', planId: 'p2' })];
    expect(openTaskOptions(tasks).map((o) => o.value)).toEqual(['open']);
    expect(openTaskOptions(tasks, 'taken').map((o) => o.value)).toEqual(['open', 'taken']);
    expect(openTaskOptions(tasks)[0]?.label).toBe('2026 年预案编修：潍城区防汛应急预案（2026-12-31）');
  });

  it('assigns to the own region or one below', () => {
    const options = assigneeOptions({
      code: '370700',
      name: '潍坊市',
      tier: 'city',
      children: [{ code: '370702', name: '潍城区', tier: 'county', children: [] }],
    });
    expect(options).toEqual([
      {
        value: '370700',
        title: '潍坊市（370700）',
        children: [{ value: '370702', title: '潍城区（370702）', children: [] }],
      },
    ]);
  });
});
