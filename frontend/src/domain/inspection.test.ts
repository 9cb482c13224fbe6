import { coverage, distribution, measures, openFinding } from '../test/inspectionFixtures';
import { BUREAU_ID, GUANGDONG_ID, SHENZHEN_ID, unitTree } from '../test/fixtures';
import { categoryOptions, coverageSummary, formCounts, formTotal, influenceOf, rectificationRequest, roundOwners, roundTargets } from './inspection';

describe('inspection', () => {
  it('offers the fixed categories first, then others the round uses', () => {
    expect(categoryOptions([openFinding, { ...openFinding, category: '其他' }])).toEqual([
      '政治建设',
      '全面从严治党',
      '选人用人',
      '作风建设',
      '安全监管',
      '行业监管',
      '财务管理',
      '意识形态',
      '其他',
    ]);
  });

  it('lets the bureau inspect its provinces and a province its cities', () => {
    expect(roundOwners(unitTree, 'INSPECTION').map((unit) => unit.id)).toEqual([BUREAU_ID]);
    expect(roundTargets(unitTree, BUREAU_ID, 'INSPECTION').map((unit) => unit.name)).toEqual(['北京市邮政管理局', '广东省邮政管理局']);
    expect(roundTargets(unitTree, GUANGDONG_ID, 'CIRCUIT').map((unit) => unit.id)).toEqual([SHENZHEN_ID]);
    expect(roundTargets(unitTree, GUANGDONG_ID, 'INSPECTION')).toEqual([]);
  });

  it('sends the evidence as listed, without empty lines', () => {
    expect(rectificationRequest({ summary: ' 已整改 ', measures: '建立台账', evidence: ['台账', ' ', undefined, ' 文件 '], completedOn: '2026-11-20' })).toEqual({
      summary: '已整改',
      measures: '建立台账',
      evidence: ['台账', '文件'],
      completedOn: '2026-11-20',
    });
  });

  it('reads an influence period, or none', () => {
    expect(influenceOf(measures[0])).toEqual({ until: '2026-11-30' });
    expect(influenceOf(measures[1])).toBe('none');
  });

  it('sums the coverage of the term and the four forms', () => {
    expect(coverageSummary(coverage)).toEqual({ units: 3, covered: 1, planned: 1, notYet: 1, subunits: 14, subunitsCovered: 3, subunitsPlanned: 2 });
    expect(formCounts(distribution.total)).toEqual({ 1: 6, 2: 3, 3: 1, 4: 0 });
    expect(formTotal(distribution.units![1])).toBe(0);
  });
});
