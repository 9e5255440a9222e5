// Every key of the tier policy has a Chinese label: 工作台 never shows `compliance.weights.drills`. The keys are
// read from tenants/policies/national.yaml, which is also the schema every province override must follow.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/zh-CN';

const NATIONAL = path.resolve(import.meta.dirname, '../../../../tenants/policies/national.yaml');

/**
 * The dotted paths of the leaves of a block-style YAML map, as policy.ts flattens the policy: a key with a scalar,
 * a flow value or a list is a leaf; the entries of a list are values, not keys.
 */
function yamlLeafKeys(text: string): string[] {
  const leaves: string[] = [];
  const stack: { indent: number; key: string }[] = [];
  let open: { indent: number; path: string } | null = null; // a key without a value yet
  let listOf = -1; // the indent of the key whose list is being skipped
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    if (listOf >= 0 && indent > listOf) continue;
    listOf = -1;
    if (content.startsWith('-')) {
      if (open) {
        leaves.push(open.path);
        listOf = open.indent;
        open = null;
      }
      continue;
    }
    const [, key, value] = /^"?([^":]+)"?:\s*(.*)$/.exec(content) ?? [];
    if (key === undefined) continue;
    while ((stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
    if (open && indent <= open.indent) leaves.push(open.path);
    open = null;
    const keyPath = [...stack.map((s) => s.key), key].join('.');
    if (!value) {
      open = { indent, path: keyPath };
      stack.push({ indent, key });
    } else {
      leaves.push(keyPath);
    }
  }
  if (open) leaves.push(open.path);
  return leaves;
}

describe('policy labels', () => {
  it('reads the leaves of a YAML map', () => {
    const yaml = ['a: 1  # note', 'b:', '  c: [1, 2]', '  d:', '    - x', '    - y: 1', '      z: 2', '  e:', '    f: true'].join('\n');
    expect(yamlLeafKeys(yaml)).toEqual(['a', 'b.c', 'b.d', 'b.e.f']);
  });

  it('has a Chinese label for every key of the tier policy', () => {
    const keys = yamlLeafKeys(readFileSync(NATIONAL, 'utf8'));
    expect(keys).toEqual(expect.arrayContaining(['filing.deadlineWorkingDays', 'compliance.weights.drills']));
    expect(keys.filter((key) => !Object.hasOwn(zhCN.policy.keys, key))).toEqual([]);
  });

  it('has a Chinese title for every section of the tier policy', () => {
    const sections = new Set(yamlLeafKeys(readFileSync(NATIONAL, 'utf8')).map((key) => key.split('.')[0] ?? key));
    sections.delete('holidayCalendar'); // a key without a section: 通用
    expect([...sections].filter((section) => !Object.hasOwn(zhCN.policy.sections, section))).toEqual([]);
  });
});
