import { Menu } from 'antd';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { access } from '../../../access';
import { useMe } from '../../me/service';
import { entryOf, items, pageTitle } from '../menu';

export function SideMenu() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data: me } = useMe();
  const can = me ? access(me.roles) : undefined;
  const shown = can ? items.filter((item) => item.shown(can)).map(({ key, icon, label }) => ({ key, icon, label })) : [];
  const selected = entryOf(shown, pathname);
  useEffect(() => {
    document.title = pageTitle(pathname);
  }, [pathname]);
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={shown}
      selectedKeys={selected ? [selected.key] : []}
      onClick={({ key }) => navigate(key)}
    />
  );
}
