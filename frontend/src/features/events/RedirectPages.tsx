import { Skeleton } from 'antd';
import { Navigate, useParams } from 'react-router';
import { DetailNotFound } from '../../components/DetailPage';
import { zhCN } from '../../i18n/zh-CN';
import { useInstruction, useReport } from './service';

/** A record shown on its event's (or bulletin's) page opens there, at the record (a notification links to the record). */
function OnPage({ page, anchor, failed }: { page: string | undefined; anchor: string; failed: boolean }) {
  if (failed) {
    return <DetailNotFound title={zhCN.layout.notFound} back={zhCN.events.event.list} to="/events" />;
  }
  return page ? <Navigate replace to={`${page}#${anchor}`} /> : <Skeleton active />;
}

/** 下级报告 → the report on its event's page. */
export function ReportRedirectPage() {
  const { id = '' } = useParams();
  const { data, isError } = useReport(id);
  return <OnPage page={data && `/events/${data.eventId}`} anchor={`report-${id}`} failed={isError} />;
}

/** 领导批示, 批示反馈 → the instruction on its event's page (or, on a bulletin of no event, the bulletin's). */
export function InstructionRedirectPage() {
  const { id = '' } = useParams();
  const { data, isError } = useInstruction(id);
  const page = data && (data.eventId ? `/events/${data.eventId}` : `/info-bulletins/${data.bulletinId}`);
  return <OnPage page={page} anchor={`instruction-${id}`} failed={isError} />;
}
