import { Col, Row, Skeleton, Typography } from 'antd';
import { access } from '../../access';
import { zhCN } from '../../i18n/zh-CN';
import { ObligationCard } from '../obligations/components/ObligationCard';
import { KeyFigures } from './components/KeyFigures';
import { MyInfoCard } from './components/MyInfoCard';
import { useMe } from './service';

/** 工作台: my key figures, what my office must do, what its tiers below let pass, who I am (the rules: 适用制度). */
export default function WorkbenchPage() {
  const { data: me } = useMe();
  if (!me) {
    return <Skeleton active />;
  }
  return (
    <>
      <Typography.Title level={4}>{zhCN.me.greeting(me.name)}</Typography.Title>
      <KeyFigures me={me} />
      <Row gutter={[16, 16]}>
        {access(me.roles).actsOnObligations && (
          <Col xs={24} xl={me.tenant.tier === 'county' ? 24 : 12}>
            <ObligationCard scope="assigned" />
          </Col>
        )}
        {access(me.roles).actsOnObligations && me.tenant.tier !== 'county' && (
          <Col xs={24} xl={12}>
            <ObligationCard scope="below" region={me.tenant.code} />
          </Col>
        )}
        <Col xs={24} xl={12}>
          <MyInfoCard me={me} />
        </Col>
      </Row>
    </>
  );
}
