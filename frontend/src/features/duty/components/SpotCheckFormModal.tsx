import { Form, Radio, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import type { TenantNode } from '../../tenants/types';
import { usePosts, useSpotCheck } from '../service';
import type { SpotCheck, SpotCheckMethod } from '../types';

interface Values {
  checkedTenantCode: string;
  postId?: string;
  method: SpotCheckMethod;
}

/** 发起查岗 of a region below: its duty post (or its duty in general), by system, phone or video; sent once. */
export function SpotCheckFormModal({ regions, onClose }: { regions: TenantNode[]; onClose: () => void }) {
  const t = zhCN.duty;
  const check = useSpotCheck();
  const [key] = useState(() => crypto.randomUUID());
  const [region, setRegion] = useState<string | null>(null);
  const posts = usePosts(region, region != null);
  return (
    <FormModal<Values, SpotCheck>
      title={t.spotCheck.start}
      name="spotCheck"
      width={520}
      data-testid="spot-check-form"
      initialValues={{ method: 'system' }}
      pending={check.isPending}
      saved={t.spotCheck.sent(regions.find((r) => r.code === region)?.name ?? '')}
      onClose={onClose}
      submit={(v) =>
        check.mutateAsync({ key, input: { checkedTenantCode: v.checkedTenantCode, postId: v.postId ?? null, method: v.method } })
      }
    >
      <Form.Item name="checkedTenantCode" label={t.spotCheck.target} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
          onChange={(v: string) => setRegion(v)}
          data-testid="spot-check-target"
        />
      </Form.Item>
      <Form.Item name="postId" label={t.spotCheck.post}>
        <Select
          allowClear
          placeholder={t.spotCheck.anyPost}
          options={(posts.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.phone}）` }))}
        />
      </Form.Item>
      <Form.Item name="method" label={t.spotCheck.method} rules={[{ required: true }]}>
        <Radio.Group options={Object.entries(t.methods).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
    </FormModal>
  );
}
