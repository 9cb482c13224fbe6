import { bureauAssessment, bureauCompliance, dashboardOf, OFFICE_ID } from '../test/dashboardFixtures';
import { BEIJING_ID, BUREAU_ID, GUANGDONG_ID } from '../test/fixtures';
import {
  assessedCadres,
  capabilityRows,
  complianceBreakdown,
  complianceByRank,
  dashboardSearchParams,
  dashboardSectionStatus,
  dashboardUnitName,
  dashboardYear,
  isProvinceCode,
  parseDashboardSearch,
} from './dashboard';

describe('the dashboard’s URL', () => {
  it('reads a unit and a year, dropping what the API would refuse', () => {
    expect(parseDashboardSearch(new URLSearchParams(`unitId=${GUANGDONG_ID}&year=2024`), 2026)).toEqual({ unitId: GUANGDONG_ID, year: 2024 });
    expect(parseDashboardSearch(new URLSearchParams('unitId=guangdong&year=last'), 2026)).toEqual({});
    expect(parseDashboardSearch(new URLSearchParams('year=2031'), 2026)).toEqual({ year: 2026 });
  });

  it('writes only what was chosen', () => {
    expect(dashboardSearchParams({}).toString()).toBe('');
    expect(dashboardSearchParams({ unitId: GUANGDONG_ID, year: 2025 }).toString()).toBe(`unitId=${GUANGDONG_ID}&year=2025`);
  });
});

describe('a section of the dashboard', () => {
  it('is as the gateway says, AVAILABLE without figures reading as nothing found, unmentioned as unavailable', () => {
    expect(dashboardSectionStatus(dashboardOf(), 'FORMS')).toBe('AVAILABLE');
    expect(dashboardSectionStatus(dashboardOf({ status: { FORMS: 'RESTRICTED' } }), 'FORMS')).toBe('RESTRICTED');
    expect(dashboardSectionStatus(dashboardOf({ forms: null }), 'FORMS')).toBe('NOT_FOUND');
    expect(dashboardSectionStatus(dashboardOf({ sections: [], forms: null }), 'FORMS')).toBe('UNAVAILABLE');
  });

  it('is of the year asked, else the one the owners chose, and of the unit the owners name', () => {
    expect(dashboardYear(dashboardOf())).toBe(2025);
    expect(dashboardYear(dashboardOf({ year: 2023 }))).toBe(2023);
    expect(dashboardYear(dashboardOf({ status: { ASSESSMENT: 'UNAVAILABLE', ROTATION: 'UNAVAILABLE' } }))).toBeUndefined();
    expect(dashboardUnitName(dashboardOf({ status: { ASSESSMENT: 'UNAVAILABLE' } }))).toBe('国家邮政局');
  });
});

describe('the dashboard’s figures', () => {
  it('shades the units with cadres by their averages, capabilities without scores left out', () => {
    const rows = capabilityRows(bureauAssessment);
    expect(rows.map((row) => row.unitId)).toEqual([BUREAU_ID, BEIJING_ID, GUANGDONG_ID]);
    expect(rows[1]).toMatchObject({ own: false, averages: { LEARNING: 75, MASS_WORK: 62.4, RISK_MANAGEMENT: 70 }, openGaps: { MASS_WORK: 3 } });
    expect(rows.some((row) => row.unitId === OFFICE_ID)).toBe(false);
  });

  it('counts the finalised cadres, graded or not (不定等次 is outside the quota but was assessed)', () => {
    expect(assessedCadres(bureauAssessment)).toBe(22);
    expect(assessedCadres({ grades: {}, ungraded: 0 })).toBe(0);
  });

  it('puts the provinces (by GB/T 2260 code) on the map and the rest (本级, departments) beside it', () => {
    expect(['110000', '440000', '650000'].every(isProvinceCode)).toBe(true);
    expect(['440300', 'SPB-01', '', null, '000000'].some(isProvinceCode)).toBe(false);
    const { provinces, others } = complianceBreakdown(bureauCompliance);
    expect(provinces.map((unit) => unit.unitId)).toEqual([BEIJING_ID, GUANGDONG_ID]);
    expect(others.map((unit) => unit.unitName)).toEqual(['国家邮政局', '办公室']);
    // A province's own row carries the province's code, and is still not one of the provinces below.
    const guangdong = { ...bureauCompliance, units: [{ ...bureauCompliance.units[3], own: true }] };
    expect(complianceBreakdown(guangdong).provinces).toEqual([]);
  });

  it('adds the units’ rank rows up into the whole unit’s, in the order of the ranks', () => {
    expect(complianceByRank(bureauCompliance).map(({ rankLevel, cadres, byStatus, rate }) => [rankLevel, cadres, byStatus.COMPLIANT, byStatus.AT_RISK, rate])).toEqual([
      ['BUREAU_PRINCIPAL', 4, 4, 0, 1],
      ['DIVISION_PRINCIPAL', 8, 5, 0, 0.625],
      ['SECTION_PRINCIPAL', 12, 7, 3, 7 / 12],
    ]);
  });
});
