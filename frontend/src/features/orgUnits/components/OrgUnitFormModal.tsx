import { Checkbox, Form, Input, Select } from 'antd';
import { ApiError } from '../../../api/problem';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import {
  DEFAULT_SHARING,
  ORG_UNIT_KINDS,
  SHARINGS,
  hasSupervisingUnit,
  kindLabel,
  parentCandidates,
  sharingHelp,
  sharingLabel,
  supervisingCandidates,
  toInput,
} from '../orgUnits';
import { useSaveOrgUnit } from '../service';
import { UnitSelect } from './UnitSelect';
import type { OrgUnit, OrgUnitKind, Sharing } from '../types';

interface FormValues {
  kind: OrgUnitKind;
  name: string;
  parentId?: string | null;
  supervisingUnitId?: string | null;
  sharing: Sharing;
  highRisk?: boolean;
}

interface Props {
  /** The unit to edit; a new one when absent. */
  editing?: OrgUnit;
  /** The units of the caller's tenant, for the parent and supervising department choices. */
  units: OrgUnit[];
  onClose: () => void;
}

/** 新增/编辑 one unit of the caller's own tenant. Shown only while open; its parent unmounts it on close. */
export function OrgUnitFormModal({ editing, units, onClose }: Props) {
  const t = zhCN.orgUnits;
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form);
  const sharing = Form.useWatch('sharing', form);
  const save = useSaveOrgUnit();

  const initialValues: Partial<FormValues> = editing
    ? {
        kind: editing.kind,
        name: editing.name,
        parentId: editing.parentId,
        supervisingUnitId: editing.supervisingUnitId,
        sharing: editing.sharing,
        highRisk: editing.highRisk,
      }
    : { sharing: DEFAULT_SHARING };

  const submit = (values: FormValues) => {
    const input = toInput(values);
    return save.mutateAsync(editing ? { id: editing.id, input: { ...input, version: editing.version } } : { input });
  };

  return (
    <FormModal
      title={editing ? t.form.editTitle : t.form.createTitle}
      okText={t.form.save}
      cancelText={t.form.cancel}
      name="org-unit"
      form={form}
      initialValues={initialValues}
      submit={submit}
      pending={save.isPending}
      saved={editing ? t.form.updated : t.form.created}
      onClose={onClose}
      onFailed={(error) => {
        // After a version conflict the list is read again and the edit has to start over from the stored unit.
        if (error instanceof ApiError && error.status === 409) {
          onClose();
        }
      }}
    >
      <Form.Item
        name="name"
        label={t.form.name}
        rules={[
          { required: true, whitespace: true, message: t.form.nameRequired },
          { max: 200, message: t.form.nameTooLong },
        ]}
      >
        <Input placeholder={t.form.namePlaceholder} maxLength={200} showCount autoFocus />
      </Form.Item>
      <Form.Item name="kind" label={t.form.kind} rules={[{ required: true, message: t.form.kindRequired }]}>
        <Select
          placeholder={t.form.kindRequired}
          options={ORG_UNIT_KINDS.map((value) => ({ value, label: kindLabel(value) }))}
        />
      </Form.Item>
      <Form.Item name="parentId" label={t.form.parent}>
        <UnitSelect
          allowClear
          placeholder={t.form.parentPlaceholder}
          units={parentCandidates(units, editing?.id)}
        />
      </Form.Item>
      {hasSupervisingUnit(kind) && (
        <Form.Item name="supervisingUnitId" label={t.form.supervising} extra={t.form.supervisingHelp}>
          <UnitSelect
            allowClear
            placeholder={t.form.supervisingPlaceholder}
            units={supervisingCandidates(units, editing?.id)}
          />
        </Form.Item>
      )}
      {hasSupervisingUnit(kind) && (
        <Form.Item name="highRisk" valuePropName="checked" extra={t.form.highRiskHelp}>
          <Checkbox>{t.form.highRisk}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="sharing" label={t.form.sharing} extra={sharingHelp(sharing)}>
        <Select options={SHARINGS.map((value) => ({ value, label: sharingLabel(value) }))} />
      </Form.Item>
    </FormModal>
  );
}
