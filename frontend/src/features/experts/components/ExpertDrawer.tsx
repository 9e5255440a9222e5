import { App as AntdApp, Button, Descriptions, Drawer, Input, Space, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { useConfirmAction } from '../../../components/useConfirmAction';
import { zhCN } from '../../../i18n/zh-CN';
import { useAccountLink, useExpert, usePoolChange } from '../service';
import type { Expert } from '../types';

interface Props {
  id: string;
  /** The viewer's tenant: only own experts are edited or moved in and out of the pool. */
  tenantCode: string;
  canManage: boolean;
  onEdit: (expert: Expert) => void;
  onClose: () => void;
}

/** One expert: contact details for those who may invoke experts, and 出库 / 重新入库 for the own office. */
export function ExpertDrawer({ id, tenantCode, canManage, onEdit, onClose }: Props) {
  const t = zhCN.experts;
  const { message } = AntdApp.useApp();
  const confirm = useConfirmAction();
  const { data: expert } = useExpert(id);
  const change = usePoolChange();
  const link = useAccountLink();
  // read when the confirm closes: the dialog's content does not re-render with this component
  const reason = useRef('');
  const own = canManage && expert?.tenantCode === tenantCode;

  const account = useRef('');
  const linkAccount = (e: Expert) =>
    confirm({
      title: t.detail.linkAccount,
      content: (
        <Input
          placeholder={t.detail.accountPlaceholder}
          data-testid="expert-account"
          onChange={(event) => (account.current = event.target.value)}
        />
      ),
      okText: zhCN.invocations.actions.ok,
      cancelText: zhCN.invocations.actions.cancel,
      run: () => link.mutateAsync({ expert: e, username: account.current }),
      done: t.detail.accountLinked,
    });

  const leave = (e: Expert) =>
    confirm({
      title: t.detail.leavePool,
      content: <Input placeholder={t.detail.leavePoolReason} onChange={(event) => (reason.current = event.target.value)} />,
      okText: zhCN.invocations.actions.ok,
      cancelText: zhCN.invocations.actions.cancel,
      run: () => change.mutateAsync({ expert: e, reason: reason.current }),
      done: t.detail.left,
    });

  return (
    <Drawer open width={560} title={expert?.name} onClose={onClose} data-testid="expert-drawer">
      {expert && (
        <>
          <Space size={4} wrap style={{ marginBottom: 16 }}>
            <Tag color="blue">{expert.levelLabel}</Tag>
            <Tag color={expert.inPool ? 'green' : 'default'}>{expert.inPool ? t.inPool : t.outOfPool}</Tag>
            <Tag>{expert.availabilityLabel}</Tag>
            {expert.specialties.map((s) => (
              <Tag key={s} color="orange" bordered={false}>
                {s}
              </Tag>
            ))}
          </Space>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t.columns.organization}>{expert.organization}</Descriptions.Item>
            <Descriptions.Item label={t.columns.title}>{expert.title}</Descriptions.Item>
            <Descriptions.Item label={t.columns.registeredBy}>{expert.tenantName}</Descriptions.Item>
            <Descriptions.Item label={t.detail.phone}>
              <span data-testid="expert-phone">
                {expert.contactVisible ? expert.phone : <Typography.Text type="secondary">{t.detail.contactHidden}</Typography.Text>}
              </span>
            </Descriptions.Item>
            {expert.contactVisible && <Descriptions.Item label={t.detail.email}>{expert.email}</Descriptions.Item>}
            {!expert.inPool && (
              <>
                <Descriptions.Item label={t.detail.outReason}>{expert.outReason}</Descriptions.Item>
                <Descriptions.Item label={t.detail.outOn}>{expert.outOn}</Descriptions.Item>
              </>
            )}
            {expert.note ? <Descriptions.Item label={t.detail.note}>{expert.note}</Descriptions.Item> : null}
            <Descriptions.Item label={t.detail.account}>{expert.accountLinked ? t.detail.linked : t.detail.notLinked}</Descriptions.Item>
          </Descriptions>
          {own && (
            <Space style={{ marginTop: 16 }}>
              <Button onClick={() => onEdit(expert)}>{t.edit}</Button>
              <Button onClick={() => linkAccount(expert)}>{t.detail.linkAccount}</Button>
              {expert.inPool ? (
                <Button danger onClick={() => leave(expert)}>
                  {t.detail.leavePool}
                </Button>
              ) : (
                <Button
                  onClick={() =>
                    change
                      .mutateAsync({ expert })
                      .then(() => void message.success(t.detail.returned))
                      .catch(() => undefined)
                  }
                >
                  {t.detail.returnToPool}
                </Button>
              )}
            </Space>
          )}
        </>
      )}
    </Drawer>
  );
}
