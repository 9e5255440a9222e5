import { Form, Input, Select } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useConcludeSpotCheck } from '../service';
import type { DutyViolation, SpotCheck } from '../types';

interface Values {
  violation: DutyViolation;
  rectification?: string;
  sanction?: string;
}

/** 查岗结论: the violation found (脱岗, 漏岗, 空岗, 顶岗 or none), the rectification ordered and any sanction. */
export function ConclusionModal({ check, onClose }: { check: SpotCheck; onClose: () => void }) {
  const t = zhCN.duty;
  const conclude = useConcludeSpotCheck();
  return (
    <FormModal<Values, SpotCheck>
      title={`${t.spotCheck.conclusion}：${check.checkedTenantName}`}
      name="conclusion"
      width={520}
      data-testid="conclusion-form"
      initialValues={{ violation: check.outcome === 'on_duty' ? 'none' : 'absent' }}
      pending={conclude.isPending}
      saved={t.spotCheck.concluded}
      onClose={onClose}
      submit={(v) =>
        conclude.mutateAsync({
          id: check.id,
          input: { violation: v.violation, rectification: v.rectification ?? null, sanction: v.sanction ?? null, version: check.version },
        })
      }
    >
      <Form.Item name="violation" label={t.spotCheck.violation} rules={[{ required: true }]}>
        <Select options={Object.entries(t.violations).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="rectification" label={t.spotCheck.rectification} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="sanction" label={t.spotCheck.sanction} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
