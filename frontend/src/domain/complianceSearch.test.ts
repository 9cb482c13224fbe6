import type { UnitCompliance } from '../api/types';
import { guangdongCompliance } from '../test/trainingFixtures';
import { complianceExportUrl, complianceFilters, complianceSearchParams, matchingCadres, toComplianceQuery } from './complianceSearch';
import { DEFAULT_PAGE, pagedSearchParsers, readSearch } from './pagedSearch';

const GUANGDONG = '51e0d94e-9f77-3015-a4d2-ca9e6612b87b';
const SHENZHEN = '7a1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b';
const parse = (query: string) => readSearch(pagedSearchParsers(complianceFilters), new URLSearchParams(query));
const DEFAULT_COMPLIANCE_SEARCH = DEFAULT_PAGE;

describe('compliance filters ↔ query string', () => {
  it('reads unit, status and paging from the URL', () => {
    expect(parse(`unitId=${SHENZHEN}&status=AT_RISK&page=2&size=50`)).toEqual({ unitId: SHENZHEN, status: 'AT_RISK', page: 2, size: 50 });
    expect(parse('status=shortfall').status).toBe('SHORTFALL');
  });

  it('drops a bad unit or status instead of failing the page', () => {
    expect(parse('unitId=guangdong&status=LATE&page=-3')).toEqual(DEFAULT_COMPLIANCE_SEARCH);
  });

  it('keeps the URL short and round-trips', () => {
    expect(complianceSearchParams(DEFAULT_COMPLIANCE_SEARCH).toString()).toBe('');
    const search = { unitId: SHENZHEN, status: 'GRACE' as const, page: 1, size: 100 };
    expect(complianceSearchParams(search).toString()).toBe(`unitId=${SHENZHEN}&status=GRACE&page=1&size=100`);
    expect(parse(complianceSearchParams(search).toString())).toEqual(search);
  });

  it('always names a unit to the API: the chosen one, else the user’s own', () => {
    expect(toComplianceQuery(DEFAULT_COMPLIANCE_SEARCH, GUANGDONG)).toEqual({ unitId: GUANGDONG });
    expect(toComplianceQuery({ unitId: SHENZHEN, status: 'SHORTFALL', page: 4, size: 20 }, GUANGDONG)).toEqual({
      unitId: SHENZHEN,
      status: 'SHORTFALL',
      page: 4,
    });
  });

  it('exports the unit’s whole table', () => {
    expect(complianceExportUrl(GUANGDONG)).toBe(`/api/training/compliance/export?unitId=${GUANGDONG}`);
  });

  it('pages over the cadres of the chosen status, from the counts the API gives', () => {
    const view: UnitCompliance = { ...guangdongCompliance, cadres: 45, byStatus: { COMPLIANT: 5, AT_RISK: 18, SHORTFALL: 22 } };
    expect(matchingCadres(view, undefined)).toBe(45);
    expect(matchingCadres(view, 'AT_RISK')).toBe(18);
    expect(matchingCadres(view, 'GRACE')).toBe(0);
    expect(matchingCadres(undefined, 'AT_RISK')).toBe(0);
  });
});
