import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import type { FilingMaterial } from '../types';

/**
 * 备案材料: the materials the owner's policy requires of this plan, each ✓ uploaded or ✗ missing (by the role of
 * the plan's attachments).
 */
export function FilingMaterialsChecklist({ materials, loading }: { materials?: FilingMaterial[]; loading: boolean }) {
  const t = zhCN.plans.submit;
  return (
    <List<FilingMaterial>
      size="small"
      bordered
      loading={loading}
      header={<Typography.Text strong>{t.materials}</Typography.Text>}
      dataSource={(materials ?? []).filter((m) => m.required)}
      data-testid="filing-materials"
      renderItem={(m) => (
        <List.Item data-testid={`material-${m.role}`} data-present={m.present}>
          <span>
            {m.present ? (
              <CheckCircleFilled style={{ color: '#52c41a', marginRight: 8 }} aria-hidden />
            ) : (
              <CloseCircleFilled style={{ color: '#ff4d4f', marginRight: 8 }} aria-hidden />
            )}
            {zhCN.attachments.roles[m.role] ?? m.label}
          </span>
          <Typography.Text type={m.present ? 'success' : 'danger'}>{m.present ? t.present : t.missing}</Typography.Text>
        </List.Item>
      )}
    />
  );
}
