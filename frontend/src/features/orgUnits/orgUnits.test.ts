import { describe, expect, it } from 'vitest';
import {
  ORG_UNIT_KINDS,
  SHARINGS,
  filterUnits,
  formatTime,
  hasSupervisingUnit,
  kindLabel,
  parentCandidates,
  sharingHelp,
  sharingLabel,
  supervisingCandidates,
  toInput,
  unitOptions,
} from './orgUnits';
import type { OrgUnit, OrgUnitKind } from './types';

const unit = (id: string, name: string, kind: OrgUnitKind, parentId: string | null = null): OrgUnit => ({
  id,
  tenantCode: '370703',
  kind,
  name,
  parentId,
  supervisingUnitId: null,
  sharing: 'up',
  highRisk: false,
  version: 0,
  createdAt: '2026-11-22T07:50:22Z',
  updatedAt: '2026-11-22T07:50:22Z',
});

const government = unit('g', '寒亭区人民政府', 'government');
const bureau = unit('d1', '寒亭区应急管理局', 'department', 'g');
const education = unit('d2', '寒亭区教育局', 'department', 'g');
const street = unit('t', '寒亭街道', 'township', 'g');
const village = unit('v', '东村社区', 'village', 't');
const school = unit('i', '寒亭一中', 'institution');
const units = [government, bureau, education, street, village, school];

const ids = (list: OrgUnit[]) => list.map((u) => u.id);

describe('labels', () => {
  it('names every kind and sharing scope in Chinese', () => {
    expect(ORG_UNIT_KINDS.map(kindLabel)).toEqual([
      '人民政府',
      '政府部门',
      '乡镇/街道',
      '村/社区',
      '企业',
      '事业单位（学校、医院等）',
    ]);
    expect(SHARINGS.map(sharingLabel)).toEqual(['仅本级', '上级可见', '下级可见', '上下级可见', '全部公开']);
  });

  it('explains each sharing scope in one line', () => {
    for (const sharing of SHARINGS) {
      expect(sharingHelp(sharing)).toMatch(/^[^\n]+$/);
    }
    expect(sharingHelp(undefined)).toBeUndefined();
  });

  it('shows unknown values as they come', () => {
    expect(kindLabel('hospital')).toBe('hospital');
    expect(sharingLabel('toString')).toBe('toString');
    expect(sharingHelp('toString')).toBeUndefined();
  });
});

describe('hasSupervisingUnit', () => {
  it('applies to enterprises and institutions only', () => {
    expect(ORG_UNIT_KINDS.filter(hasSupervisingUnit)).toEqual(['enterprise', 'institution']);
    expect(hasSupervisingUnit(undefined)).toBe(false);
  });
});

describe('filterUnits', () => {
  it('keeps everything without a filter', () => {
    expect(filterUnits(units, { query: ' ' })).toEqual(units);
  });

  it('filters by kind and by a part of the name', () => {
    expect(ids(filterUnits(units, { kind: 'department', query: '' }))).toEqual(['d1', 'd2']);
    expect(ids(filterUnits(units, { query: '寒亭' }))).toEqual(['g', 'd1', 'd2', 't', 'i']);
    expect(ids(filterUnits(units, { kind: 'department', query: ' 应急 ' }))).toEqual(['d1']);
  });

  it('ignores case and treats markup as plain text', () => {
    const odd = unit('x', '<script>alert(1)</script> ABC', 'enterprise');
    expect(ids(filterUnits([odd], { query: 'abc' }))).toEqual(['x']);
    expect(ids(filterUnits([odd], { query: '<script>' }))).toEqual(['x']);
  });
});

describe('parentCandidates', () => {
  it('offers every unit for a new one', () => {
    expect(parentCandidates(units)).toEqual(units);
  });

  it('never offers the unit itself or anything below it', () => {
    expect(ids(parentCandidates(units, 'g'))).toEqual(['i']);
    expect(ids(parentCandidates(units, 't'))).toEqual(['g', 'd1', 'd2', 'i']);
    expect(ids(parentCandidates(units, 'v'))).toEqual(['g', 'd1', 'd2', 't', 'i']);
  });

  it('terminates on a cycle in the data', () => {
    const a = unit('a', 'A', 'department', 'b');
    const b = unit('b', 'B', 'department', 'a');
    expect(parentCandidates([a, b, school], 'a')).toEqual([school]);
  });
});

describe('supervisingCandidates', () => {
  it('offers departments only, not the unit itself', () => {
    expect(ids(supervisingCandidates(units))).toEqual(['d1', 'd2']);
    expect(ids(supervisingCandidates(units, 'd1'))).toEqual(['d2']);
  });
});

describe('toInput', () => {
  it('trims the name, sends explicit nulls and the default sharing', () => {
    expect(toInput({ kind: 'township', name: '  寒亭街道 ' })).toEqual({
      kind: 'township',
      name: '寒亭街道',
      parentId: null,
      supervisingUnitId: null,
      sharing: 'up',
      highRisk: false,
    });
  });

  it('flags high-risk sites among enterprises and institutions only', () => {
    expect(toInput({ kind: 'enterprise', name: '鑫源化工有限公司', highRisk: true }).highRisk).toBe(true);
    expect(toInput({ kind: 'township', name: '城关街道', highRisk: true }).highRisk).toBe(false);
  });

  it('keeps the supervising department of an enterprise or institution', () => {
    expect(toInput({ kind: 'institution', name: '一中', supervisingUnitId: 'd2', sharing: 'private' })).toMatchObject(
      { supervisingUnitId: 'd2', sharing: 'private' },
    );
  });

  it('drops a supervising department left over from another kind', () => {
    expect(toInput({ kind: 'department', name: '局', parentId: 'g', supervisingUnitId: 'd2' })).toMatchObject({
      parentId: 'g',
      supervisingUnitId: null,
    });
  });
});

describe('formatTime', () => {
  it('shows date and minute in the given time zone', () => {
    expect(formatTime('2026-11-22T07:50:22.15447Z', 'Asia/Shanghai')).toBe('2026-11-22 15:50');
    expect(formatTime('2026-12-31T16:05:00Z', 'Asia/Shanghai')).toBe('2027-01-01 00:05');
  });
});

describe('unitOptions', () => {
  it('offers units by name, chosen by id', () => {
    expect(unitOptions([{ id: 'u1', name: '应急管理局' }])).toEqual([{ value: 'u1', label: '应急管理局' }]);
    expect(unitOptions(undefined)).toEqual([]);
  });
});
