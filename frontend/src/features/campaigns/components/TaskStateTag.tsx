import { Tag } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { taskStateColor } from '../campaigns';
import type { CampaignTask } from '../types';

export function TaskStateTag({ task }: { task: Pick<CampaignTask, 'state' | 'stateLabel'> }) {
  return (
    <Tag color={taskStateColor(task.state)} data-testid="task-state">
      {task.stateLabel || zhCN.campaigns.states[task.state] || task.state}
    </Tag>
  );
}
