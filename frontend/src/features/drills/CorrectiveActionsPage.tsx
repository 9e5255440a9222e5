import { Card, Segmented, Skeleton, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { access } from '../../access';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { ActionsTable } from './components/ActionsTable';
import { useCorrectiveActions } from './service';
import type { ActionScope, ActionState } from './types';

const SCOPES: ActionScope[] = ['assigned', 'own', 'all'];
const STATES: ActionState[] = ['', 'open', 'overdue', 'done'];

function oneOf<T extends string>(values: T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/**
 * 整改措施: those assigned to the viewer's region, those of its drills, or all it sees; progress inline. The scope
 * and state are in the URL (`?scope=own&state=overdue`): back, reload and a shared link keep them.
 */
export default function CorrectiveActionsPage() {
  const t = zhCN.drills.correctiveActions;
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const scope = oneOf(SCOPES, params.get('scope'), 'assigned');
  const state = oneOf(STATES, params.get('state'), 'open');
  const show = (next: { scope?: ActionScope; state?: ActionState }) =>
    setParams({ scope: next.scope ?? scope, state: next.state ?? state });
  const { data, isFetching } = useCorrectiveActions(scope, state);
  if (!me) {
    return <Skeleton active />;
  }
  return (
    <Card title={t.pageTitle}>
      <Tabs
        activeKey={scope}
        onChange={(key) => show({ scope: key as ActionScope })}
        items={SCOPES.map((key) => ({ key, label: t.scopes[key] }))}
        tabBarExtraContent={
          <Segmented<ActionState>
            value={state}
            onChange={(value) => show({ state: value })}
            options={STATES.map((value) => ({ value, label: t.states[value] }))}
          />
        }
      />
      <ActionsTable actions={data ?? []} loading={isFetching} canWrite={access(me.roles).canCompilePlans} showDrill />
    </Card>
  );
}
