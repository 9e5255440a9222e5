import { zhCN } from './zh-CN';

export type Tier = keyof typeof zhCN.tier;

export function tierLabel(tier: Tier): string {
  return zhCN.tier[tier] ?? tier;
}

/** Chinese name of a realm role; roles we do not name (Keycloak defaults) come back as `undefined`. */
export function roleLabel(role: string): string | undefined {
  return Object.hasOwn(zhCN.roles, role) ? zhCN.roles[role as keyof typeof zhCN.roles] : undefined;
}

/** The Chinese words for an audit action (`plan.attach` → 上传附件); an action without words reads 其他操作, never its code. */
export function auditActionLabel(action: string): string {
  return zhCN.audit.actions[action] ?? zhCN.audit.other;
}
