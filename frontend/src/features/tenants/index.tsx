import { Breadcrumb, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { TenantDetailCard } from './components/TenantDetailCard';
import { TenantTreeCard } from './components/TenantTreeCard';
import { useTenantTree } from './service';

/** 行政区划: the caller's own subtree, its ancestors above it, and one tenant's details beside it. */
export default function TenantsPage() {
  const { data } = useTenantTree();
  const [selected, setSelected] = useState<string>();
  if (!data) {
    return <Skeleton active />;
  }
  const { root, ancestors } = data;
  const current = selected ?? root.code;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[...ancestors, root].map((t) => ({ key: t.code, title: t.name }))}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <TenantTreeCard root={root} selected={current} onSelect={setSelected} />
        </Col>
        <Col xs={24} lg={11}>
          <TenantDetailCard code={current} onSelect={setSelected} />
        </Col>
      </Row>
    </>
  );
}
