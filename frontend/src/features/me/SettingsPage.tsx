import { Skeleton } from 'antd';
import { PolicyCard } from './components/PolicyCard';
import { useMe } from './service';

/** 适用制度: the effective policy of the caller's tier, every key in Chinese (from the workbench, issue 13 item 4). */
export default function SettingsPage() {
  const { data: me } = useMe();
  return me ? <PolicyCard policy={me.policy} /> : <Skeleton active />;
}
