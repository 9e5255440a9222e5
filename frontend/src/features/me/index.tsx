import { Col, Row, Skeleton, Typography } from 'antd';
import { access } from '../../access';
import { zhCN } from '../../i18n/zh-CN';
import { ObligationCard } from '../obligations/components/ObligationCard';
import { KeyFigures } from './components/KeyFigures';
import { MyInfoCard } from './components/MyInfoCard';
import { PolicyCard } from './components/PolicyCard';
import { useMe } from './service';

/** 工作台: what my office must do, who I am, where I sit in the tenant tree, and the rules that apply to me. */
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
            <ObligationCard scope="below" />
          </Col>
        )}
        <Col xs={24} xl={10}>
          <MyInfoCard me={me} />
        </Col>
        <Col xs={24} xl={14}>
          <PolicyCard policy={me.policy} />
        </Col>
      </Row>
    </>
  );
}
