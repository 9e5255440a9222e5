import { Space, Tag } from 'antd';
import { access, type Access } from '../../../access';
import { zhCN } from '../../../i18n/zh-CN';

/** What the roles allow beyond everyday work, as the access rules say. */
export function AbilityTags({ roles }: { roles: string[] }) {
  const granted = Object.entries(access(roles))
    .filter(([, allowed]) => allowed)
    .map(([ability]) => ability as keyof Access);
  if (granted.length === 0) {
    return <span>{zhCN.me.noAbilities}</span>;
  }
  return (
    <Space size={[0, 4]} wrap>
      {granted.map((ability) => (
        <Tag key={ability} color="green">
          {zhCN.access[ability]}
        </Tag>
      ))}
    </Space>
  );
}
