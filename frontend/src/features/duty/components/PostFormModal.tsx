import { Form, Input, InputNumber, Space } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useCreatePost } from '../service';
import type { DutyPost } from '../types';

interface Values {
  name: string;
  room: string;
  phone: string;
  address: string;
  longitude: number;
  latitude: number;
}

/** 值班岗位: a fixed duty room, its phone and its place (「固定值班场所和值班电话」). */
export function PostFormModal({ onClose }: { onClose: () => void }) {
  const t = zhCN.duty.postForm;
  const create = useCreatePost();
  return (
    <FormModal<Values, DutyPost>
      title={t.title}
      name="post"
      width={560}
      data-testid="post-form"
      initialValues={{ name: '应急管理局值班室' }}
      pending={create.isPending}
      saved={t.saved}
      onClose={onClose}
      submit={(v) => create.mutateAsync({ ...v, version: null })}
    >
      <Form.Item name="name" label={t.name} rules={[{ required: true, max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="room" label={t.room} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="phone" label={t.phone} rules={[{ required: true, max: 30 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="address" label={t.address} rules={[{ required: true, max: 300 }]}>
        <Input />
      </Form.Item>
      <Space size="middle">
        <Form.Item name="longitude" label={t.longitude} rules={[{ required: true }]}>
          <InputNumber min={73} max={136} step={0.0001} />
        </Form.Item>
        <Form.Item name="latitude" label={t.latitude} rules={[{ required: true }]}>
          <InputNumber min={3} max={54} step={0.0001} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
