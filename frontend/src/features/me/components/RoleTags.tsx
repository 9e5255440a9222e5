import { Space, Tag } from 'antd';
import { roleLabel } from '../../../i18n/labels';
import { zhCN } from '../../../i18n/zh-CN';

/** The user's roles in Chinese; Keycloak's technical default roles are left out. */
export function RoleTags({ roles }: { roles: string[] }) {
  const labels = roles.flatMap((role) => {
    const label = roleLabel(role);
    return label ? [{ role, label }] : [];
  });
  if (labels.length === 0) {
    return <span>{zhCN.me.noRoles}</span>;
  }
  return (
    <Space size={[0, 4]} wrap>
      {labels.map(({ role, label }) => (
        <Tag key={role} color="blue">
          {label}
        </Tag>
      ))}
    </Space>
  );
}
