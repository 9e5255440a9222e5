import { Skeleton } from 'antd';
import { Navigate, useParams } from 'react-router';
import { DetailNotFound } from '../../components/DetailPage';
import { zhCN } from '../../i18n/zh-CN';
import { useReport } from './service';

/** A report opens on its event's page, at the report (a notification of 下级报告 links here). */
export default function ReportRedirectPage() {
  const { id = '' } = useParams();
  const { data, isError } = useReport(id);
  if (isError) {
    return <DetailNotFound title={zhCN.layout.notFound} back={zhCN.events.event.list} to="/events" />;
  }
  return data ? <Navigate replace to={`/events/${data.eventId}#report-${data.id}`} /> : <Skeleton active />;
}
