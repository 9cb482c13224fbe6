import type { AssessmentFigures, ComplianceFigures, Dashboard, DashboardSection, RankComplianceFigures, SectionStatus } from '../api/types';
import { DASHBOARD_PROPERTY } from '../domain/dashboard';
import { BEIJING_ID, BUREAU_ID, GUANGDONG_ID, pageOf } from './fixtures';
import { coverage, distribution, overdueFinding } from './inspectionFixtures';
import { balance } from './rotationFixtures';

export const OFFICE_ID = '00000000-0000-4000-8000-000000000101';

const SERVICE: Record<DashboardSection, string> = {
  ASSESSMENT: 'assessment',
  COMPLIANCE: 'training',
  ROTATION: 'rotation',
  COVERAGE: 'inspection',
  OVERDUE_FINDINGS: 'inspection',
  FORMS: 'inspection',
};

const DETAIL: Record<SectionStatus, string | null> = { AVAILABLE: null, RESTRICTED: 'forbidden', NOT_FOUND: 'not found', UNAVAILABLE: 'timed out' };

const noScores = { averages: {}, openGaps: {} };

/**
 * The bureau's figures of 2025 by unit: its own cadres (本级), 办公室 (a department), 北京 and 广东. 北京 is weak in
 * 群众工作 (62.4, 3 open gaps), 广东 in 驾驭风险 (58.25, 2); 北京 has 2 优秀 against a quota of 1.
 */
export const bureauAssessment: AssessmentFigures = {
  unitId: BUREAU_ID,
  unitName: '国家邮政局',
  year: 2025,
  units: [
    {
      unitId: BUREAU_ID,
      unitCode: '100000',
      unitName: '国家邮政局',
      own: true,
      cadres: 5,
      averages: { LEARNING: 81, POLITICAL_LEADERSHIP: 84, MASS_WORK: 78 },
      openGaps: {},
      grades: { EXCELLENT: 1, COMPETENT: 4 },
      ungraded: 0,
      excellentQuota: 1,
    },
    { unitId: OFFICE_ID, unitCode: 'SPB-01', unitName: '办公室', own: false, cadres: 0, ...noScores, grades: {}, ungraded: 0, excellentQuota: 0 },
    {
      unitId: BEIJING_ID,
      unitCode: '110000',
      unitName: '北京市邮政管理局',
      own: false,
      cadres: 7,
      averages: { LEARNING: 75, MASS_WORK: 62.4, RISK_MANAGEMENT: 70 },
      openGaps: { MASS_WORK: 3 },
      grades: { EXCELLENT: 2, COMPETENT: 4, BASICALLY_COMPETENT: 1 },
      ungraded: 0,
      excellentQuota: 1,
    },
    {
      unitId: GUANGDONG_ID,
      unitCode: '440000',
      unitName: '广东省邮政管理局',
      own: false,
      cadres: 10,
      averages: { LEARNING: 80, MASS_WORK: 76, RISK_MANAGEMENT: 58.25 },
      openGaps: { RISK_MANAGEMENT: 2 },
      grades: { EXCELLENT: 2, COMPETENT: 7 },
      ungraded: 1,
      excellentQuota: 2,
    },
  ],
  grades: { EXCELLENT: 5, COMPETENT: 15, BASICALLY_COMPETENT: 1 },
  ungraded: 1,
  excellentQuota: 4,
};

const rank = (rankLevel: RankComplianceFigures['rankLevel'], cadres: number, compliant: number, atRisk: number): RankComplianceFigures => ({
  rankLevel,
  cadres,
  byStatus: { COMPLIANT: compliant, AT_RISK: atRisk, ON_TRACK: cadres - compliant - atRisk },
  rate: compliant / cadres,
});

/** 学时达标 of the bureau on 2026-11-26: 北京 75% (6/8), 广东 50% (5/10), the bureau's own 4/4 and 办公室 1/2. */
export const bureauCompliance: ComplianceFigures = {
  assessedOn: '2026-11-26',
  unitId: BUREAU_ID,
  unitName: '国家邮政局',
  cadres: 24,
  byStatus: { COMPLIANT: 16, ON_TRACK: 5, AT_RISK: 3 },
  rate: 16 / 24,
  units: [
    { unitId: BUREAU_ID, unitCode: '100000', unitName: '国家邮政局', own: true, cadres: 4, byStatus: { COMPLIANT: 4 }, rate: 1, ranks: [rank('BUREAU_PRINCIPAL', 4, 4, 0)] },
    { unitId: OFFICE_ID, unitCode: 'SPB-01', unitName: '办公室', own: false, cadres: 2, byStatus: { COMPLIANT: 1, ON_TRACK: 1 }, rate: 0.5, ranks: [rank('DIVISION_PRINCIPAL', 2, 1, 0)] },
    {
      unitId: BEIJING_ID,
      unitCode: '110000',
      unitName: '北京市邮政管理局',
      own: false,
      cadres: 8,
      byStatus: { COMPLIANT: 6, ON_TRACK: 1, AT_RISK: 1 },
      rate: 0.75,
      ranks: [rank('DIVISION_PRINCIPAL', 2, 2, 0), rank('SECTION_PRINCIPAL', 6, 4, 1)],
    },
    {
      unitId: GUANGDONG_ID,
      unitCode: '440000',
      unitName: '广东省邮政管理局',
      own: false,
      cadres: 10,
      byStatus: { COMPLIANT: 5, ON_TRACK: 3, AT_RISK: 2 },
      rate: 0.5,
      ranks: [rank('DIVISION_PRINCIPAL', 4, 2, 0), rank('SECTION_PRINCIPAL', 6, 3, 2)],
    },
  ],
};

export interface DashboardOverrides extends Partial<Dashboard> {
  /** How a section came back, when not AVAILABLE: its figures are then null, as the gateway sends them. */
  status?: Partial<Record<DashboardSection, SectionStatus>>;
}

/**
 * The bureau's dashboard as the gateway composes it for a leader (every owner answering): the figures above, the
 * 2025 postings, the term's coverage, an overdue finding and the four forms. `status` marks sections RESTRICTED,
 * NOT_FOUND or UNAVAILABLE (their figures null); any other field replaces the fixture's.
 */
export function dashboardOf({ status = {}, ...overrides }: DashboardOverrides = {}): Dashboard {
  const dashboard: Dashboard = {
    unitId: null,
    year: null,
    composedAt: '2026-11-26T02:30:00Z',
    sections: [],
    assessment: bureauAssessment,
    compliance: bureauCompliance,
    rotation: { ...balance, year: 2025, unitId: BUREAU_ID, unitName: '国家邮政局' },
    coverage,
    overdueFindings: pageOf([overdueFinding]),
    forms: distribution,
  };
  const sections = (Object.keys(DASHBOARD_PROPERTY) as DashboardSection[]).map((section) => {
    const sectionStatus = status[section] ?? 'AVAILABLE';
    return { section, service: SERVICE[section], status: sectionStatus, detail: DETAIL[sectionStatus] };
  });
  const withheld = Object.fromEntries(sections.filter((one) => one.status !== 'AVAILABLE').map((one) => [DASHBOARD_PROPERTY[one.section], null]));
  return { ...dashboard, ...withheld, sections, ...overrides };
}
