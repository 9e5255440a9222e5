import { Breadcrumb } from 'antd';
import { Link, useLocation } from 'react-router';
import { access } from '../../../access';
import { zhCN } from '../../../i18n/zh-CN';
import { useMe } from '../../me/service';
import { breadcrumbOf } from '../menu';

/** Where the page stands: 工作台 › its area of work › its list (for a detail page) › the page. */
export function PageBreadcrumb() {
  const { pathname } = useLocation();
  const { data: me } = useMe();
  const trail = breadcrumbOf(pathname, me ? access(me.roles) : undefined);
  if (trail.length === 0) {
    return null;
  }
  return (
    <Breadcrumb
      data-testid="page-breadcrumb"
      style={{ marginBottom: 16 }}
      items={[
        { title: <Link to="/">{zhCN.layout.menu.workbench}</Link> },
        ...trail.map((step) => ({ title: step.path ? <Link to={step.path}>{step.title}</Link> : step.title })),
      ]}
    />
  );
}
