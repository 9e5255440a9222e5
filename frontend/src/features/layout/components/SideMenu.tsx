import { Menu, type MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { access } from '../../../access';
import { useMe } from '../../me/service';
import { AREAS, type MenuEntry, menuFor, pageTitle, selectedKey } from '../menu';

/** Every area's group starts open; a user folds away what it does not use (collapsible, per area of work). */
const ALL_OPEN = AREAS.map((area) => `area:${area}`);

/** antd's items: a page, or an area's submenu of pages. */
const antdItems = (entries: MenuEntry[]): MenuProps['items'] =>
  entries.map(({ key, label, icon, children }) => (children ? { key, label, icon, children: antdItems(children) } : { key, label, icon }));

/**
 * The side menu: the user's pages grouped by area of work; the page shown marked; the tab titled after it.
 *
 * While the menu is folded away (`folded`, a narrow window) antd closes every group and reports it; the groups the
 * user left open stay open for when the menu shows again.
 */
export function SideMenu({ folded }: { folded: boolean }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data: me } = useMe();
  const can = me ? access(me.roles) : undefined;
  const [openKeys, setOpenKeys] = useState<string[]>(ALL_OPEN);
  const selected = selectedKey(pathname);
  useEffect(() => {
    document.title = pageTitle(pathname, can);
  }, [pathname, can]);
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={can ? antdItems(menuFor(can)) : []}
      openKeys={folded ? undefined : openKeys}
      onOpenChange={folded ? undefined : setOpenKeys}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => navigate(key)}
    />
  );
}
