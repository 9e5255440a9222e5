import { describe, expect, it } from 'vitest';
import { otherRegions, searchTree } from './treeSearch';
import type { TenantNode } from './types';

const county = (code: string, name: string): TenantNode => ({ code, name, tier: 'county', children: [] });

const shandong: TenantNode = {
  code: '370000',
  name: '山东省',
  tier: 'province',
  children: [
    { code: '370100', name: '济南市', tier: 'city', children: [county('370103', '市中区')] },
    {
      code: '370700',
      name: '潍坊市',
      tier: 'city',
      children: [county('370702', '潍城区'), county('370703', '寒亭区')],
    },
  ],
};

const names = (node: TenantNode | undefined): string[] =>
  node ? [node.name, ...node.children.flatMap(names)] : [];

describe('searchTree', () => {
  it('returns the whole tree with the root open for an empty query', () => {
    expect(searchTree(shandong, '  ')).toEqual({ tree: shandong, expanded: ['370000'] });
  });

  it('keeps a matching county and its ancestors only', () => {
    const { tree, expanded } = searchTree(shandong, '寒亭');
    expect(names(tree)).toEqual(['山东省', '潍坊市', '寒亭区']);
    expect(expanded.sort()).toEqual(['370000', '370700']);
  });

  it('keeps the whole subtree below a matching city', () => {
    expect(names(searchTree(shandong, '潍坊').tree)).toEqual(['山东省', '潍坊市', '潍城区', '寒亭区']);
  });

  it('matches codes by their start', () => {
    expect(names(searchTree(shandong, '370103').tree)).toEqual(['山东省', '济南市', '市中区']);
    expect(names(searchTree(shandong, '0103').tree)).toEqual([]);
  });

  it('finds every match', () => {
    expect(names(searchTree(shandong, '区').tree)).toEqual(['山东省', '济南市', '市中区', '潍坊市', '潍城区', '寒亭区']);
  });

  it('returns no tree when nothing matches', () => {
    expect(searchTree(shandong, '贵州')).toEqual({ tree: undefined, expanded: [] });
  });
});

describe('otherRegions', () => {
  it('lists the ancestors and the subtree without the own region', () => {
    const regions = otherRegions({
      root: {
        code: '370700',
        name: '潍坊市',
        tier: 'city',
        children: [{ code: '370702', name: '潍城区', tier: 'county', children: [] }],
      },
      ancestors: [{ code: '370000', name: '山东省', tier: 'province' }],
    });
    expect(regions.map((r) => r.code)).toEqual(['370000', '370702']);
  });
});
