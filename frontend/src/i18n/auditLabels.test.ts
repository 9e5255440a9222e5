// Every action the backend writes to the audit trail has Chinese words in zhCN.audit.actions: a timeline never
// shows `plan.attach`. The actions are read from the backend's sources, so a new action without words fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel } from './labels';
import { zhCN } from './zh-CN';

const BACKEND = path.resolve(import.meta.dirname, '../../../backend/src/main/java');
/** The audit entities (AuditLog.record's `entity`, the actions' first part). */
const ENTITIES = ['plan', 'filing', 'template', 'campaign', 'drill', 'case', 'expert', 'expert_invocation', 'org_unit',
  'person', 'bulletin', 'search_terms', 'obligation', 'notification_route'];
/**
 * Actions the backend builds instead of spelling out: AttachmentStore's `<entity>.attach`/`.detach` for plans,
 * drills and cases, and Cases' `case.<CaseWorkflow.Action>`.
 */
const BUILT = [
  ...['plan', 'drill', 'case'].flatMap((entity) => [`${entity}.attach`, `${entity}.detach`]),
  ...['review', 'publish', 'withdraw'].map((action) => `case.${action}`),
];

function javaSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? javaSources(path.join(dir, entry.name)) : entry.name.endsWith('.java') ? [path.join(dir, entry.name)] : [],
  );
}

function backendActions(): string[] {
  const literal = new RegExp(`"((?:${ENTITIES.join('|')})(?:\\.[a-z_-]+)+)"`, 'g');
  const actions = new Set(BUILT);
  for (const file of javaSources(BACKEND)) {
    for (const match of readFileSync(file, 'utf8').matchAll(literal)) {
      if (match[1]) actions.add(match[1]);
    }
  }
  return [...actions].sort();
}

describe('audit action labels', () => {
  it('finds the actions of the backend', () => {
    expect(backendActions()).toEqual(expect.arrayContaining(['plan.create', 'filing.accept', 'drill.action.create']));
  });

  it('has Chinese words for every action the backend records', () => {
    const missing = backendActions().filter((action) => !Object.hasOwn(zhCN.audit.actions, action));
    expect(missing).toEqual([]);
  });

  it('never shows an action code', () => {
    expect(auditActionLabel('plan.attach')).toBe('上传附件');
    expect(auditActionLabel('plan.somethingNew')).toBe('其他操作');
  });
});
