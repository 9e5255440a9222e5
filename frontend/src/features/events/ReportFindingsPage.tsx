import { Card, List, Segmented, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { FindingItem } from './components/FindingsCard';
import { useFindings } from './service';
import type { Finding, FindingScope, FindingState } from './types';

const SCOPES: FindingScope[] = ['all', 'own', 'about', 'below'];

/**
 * 报送核查: the 疑似漏报 awaiting the office's 核查, and the 漏报/瞒报/谎报 it found, found about it or the tiers below
 * found, newest first; `?scope=` and `?state=` in the URL.
 */
export default function ReportFindingsPage() {
  const t = zhCN.events.findings;
  const [params, setParams] = useSearchParams();
  const scope = (params.get('scope') as FindingScope | null) ?? 'all';
  const state = (params.get('state') as FindingState | null) ?? null;
  const findings = useFindings(scope, state);
  const set = (next: { scope: FindingScope; state: FindingState | null }) =>
    setParams({ ...(next.scope === 'all' ? {} : { scope: next.scope }), ...(next.state ? { state: next.state } : {}) });
  return (
    <Card
      title={t.page}
      extra={
        <Space wrap>
          <Segmented
            value={scope}
            onChange={(v) => set({ scope: v as FindingScope, state })}
            options={SCOPES.map((value) => ({ value, label: t.scopes[value] }))}
          />
          <Segmented
            value={state ?? ''}
            onChange={(v) => set({ scope, state: v === '' ? null : (v as FindingState) })}
            options={[{ value: '', label: t.allStates }, ...Object.entries(t.states).map(([value, label]) => ({ value, label }))]}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t.subtitle}</Typography.Paragraph>
      <List<Finding>
        loading={findings.isLoading}
        dataSource={findings.data ?? []}
        locale={{ emptyText: t.none }}
        data-testid="report-findings"
        renderItem={(f) => <FindingItem f={f} showEvent />}
      />
    </Card>
  );
}
