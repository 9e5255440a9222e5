import { Card, Segmented, Skeleton, Tabs } from 'antd';
import { access } from '../../access';
import { useUrlChoice } from '../../components/useUrlChoice';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { ActionsTable } from './components/ActionsTable';
import { useCorrectiveActions } from './service';
import type { ActionScope, ActionState } from './types';

const SCOPES: ActionScope[] = ['assigned', 'own', 'all'];
const STATES: ActionState[] = ['', 'open', 'overdue', 'done'];

/**
 * 整改措施: those assigned to the viewer's region, those of its drills, or all it sees; progress inline. The scope
 * and state are in the URL (`?scope=own&state=overdue`): back, reload and a shared link keep them.
 */
export default function CorrectiveActionsPage() {
  const t = zhCN.drills.correctiveActions;
  const { data: me } = useMe();
  const [scope, setScope] = useUrlChoice<ActionScope>('scope', SCOPES, 'assigned');
  const [state, setState] = useUrlChoice<ActionState>('state', STATES, 'open');
  const { data, isFetching } = useCorrectiveActions(scope, state);
  if (!me) {
    return <Skeleton active />;
  }
  return (
    <Card title={t.pageTitle}>
      <Tabs
        activeKey={scope}
        onChange={(key) => setScope(key as ActionScope)}
        items={SCOPES.map((key) => ({ key, label: t.scopes[key] }))}
        tabBarExtraContent={
          <Segmented<ActionState>
            value={state}
            onChange={setState}
            options={STATES.map((value) => ({ value, label: t.states[value] }))}
          />
        }
      />
      <ActionsTable actions={data ?? []} loading={isFetching} canWrite={access(me.roles).canCompilePlans} showDrill />
    </Card>
  );
}
