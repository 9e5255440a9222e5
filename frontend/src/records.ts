/**
 * Where a record of the API opens in the app, by the entity name the API gives it (the audit log's names): the
 * one mapping the workbench's 待办, the 消息中心 and other links to records use.
 */
export function recordPage(entity: string | null, id: string | null): string {
  const key = id ? encodeURIComponent(id) : '';
  switch (entity) {
    case 'plan':
      return `/plans/${key}`;
    case 'filing':
      return '/filings/inbox';
    case 'drill':
      return `/drills/${key}`;
    case 'case':
      return `/cases/${key}`;
    case 'expert_invocation':
      return '/expert-invocations';
    case 'drill_corrective_action':
      return '/corrective-actions';
    case 'campaign_task':
      return '/campaigns';
    case 'event':
      return `/events/${key}`;
    case 'event_report':
      return `/reports/${key}`;
    case 'instruction':
      return `/instructions/${key}`;
    case 'spot_check':
      // a check of this office is answered in the prompt; the checker's and the checked office's list is 查岗
      return '/duty/spot-checks';
    case 'warning':
      return `/warnings/${key}`;
    case 'info_bulletin':
      return `/info-bulletins/${key}`;
    case 'report_finding':
      // a suspicion waits for the office's 核查; a confirmed finding is read by the region at fault
      return '/report-findings';
    case 'duty_handover':
      return '/duty/log';
    case 'intake_item':
      // what came in waits on the duty officer's console
      return '/duty/console';
    case 'org_unit':
      // a unit's due drill (单位演练) is followed on 演练频次
      return '/drills/compliance';
    default:
      return '/';
  }
}
