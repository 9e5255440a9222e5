import { describe, expect, it } from 'vitest';
import { cleanTimeline, describeSearch, facetLabel, lossesLine, searchQueryString, snippets } from './cases';

describe('case library helpers', () => {
  it('builds the search query without empty parameters', () => {
    expect(searchQueryString({ q: ' 堤防决口 ', eventType: '洪涝灾害', region: '', year: undefined }, 0, 10)).toBe(
      'q=%E5%A0%A4%E9%98%B2%E5%86%B3%E5%8F%A3&eventType=%E6%B4%AA%E6%B6%9D%E7%81%BE%E5%AE%B3&page=0&size=10&facets=true',
    );
  });

  it('describes a saved search by its words and facets', () => {
    expect(describeSearch({ q: '堤防决口', severity: 'major', region: '抚州市', year: '2010' })).toBe(
      '堤防决口 · 重大 · 抚州市 · 2010年',
    );
    expect(describeSearch({})).toBe('全部案例');
  });

  it('labels facets', () => {
    expect(facetLabel('severity', 'extraordinary')).toBe('特别重大');
    expect(facetLabel('year', '2010')).toBe('2010年');
    expect(facetLabel('province', '江西省')).toBe('江西省');
  });

  it('keeps the filled timeline steps in time order', () => {
    expect(
      cleanTimeline([
        { at: '2010-06-21T18:30:00', description: ' 唱凯堤决口 ' },
        { at: '2010-06-20T23:59:00', description: '启动Ⅰ级响应' },
        { at: undefined, description: '无时间' },
        { at: '2010-06-22T08:00:00', description: '  ' },
      ]),
    ).toEqual([
      { at: '2010-06-20T23:59:00', description: '启动Ⅰ级响应' },
      { at: '2010-06-21T18:30:00', description: '唱凯堤决口' },
    ]);
  });

  it('shows losses and snippets', () => {
    expect(lossesLine({ deaths: 19, injuries: 71, affected: null })).toBe('死亡 19 人 · 受伤 71 人');
    expect(
      snippets({
        id: '1', title: 't', tenantCode: '361003', tenantName: 'x', status: 'published', eventType: '铁路',
        severity: 'major', occurredOn: '2010-05-23', placeName: '东乡区', province: '江西省', city: '抚州市',
        deaths: null, classic: false, match: null,
        highlights: { title: ['<em>t</em>'], summary: ['a'], lessons: ['b'] },
      }),
    ).toEqual(['a', 'b']);
  });
});
