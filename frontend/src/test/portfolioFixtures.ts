import type { Portfolio, PortfolioSection, SectionStatus } from '../api/types';
import { SECTION_PROPERTY } from '../domain/portfolio';
import { massWorkGap, massWorkProposals, notEligible, profile } from './assessmentFixtures';
import { cadre, CADRE_ID, pageOf } from './fixtures';
import { measures, openFinding } from './inspectionFixtures';
import { proposedPosting } from './rotationFixtures';
import { myLearning } from './trainingFixtures';
import { lateTrip } from './travelFixtures';

const SERVICE: Record<PortfolioSection, string> = {
  CADRE: 'personnel',
  TRANSFERS: 'personnel',
  COMPLIANCE: 'training',
  TRAINING_RECORDS: 'training',
  TRAINING_PROPOSALS: 'training',
  PROFILE: 'assessment',
  GAPS: 'assessment',
  ELIGIBILITY: 'assessment',
  POSTINGS: 'rotation',
  POSTING_ELIGIBILITY: 'rotation',
  FINDINGS: 'inspection',
  MEASURES: 'inspection',
  TRIPS: 'inspection',
  SELECTION: 'selection',
};

const DETAIL: Record<SectionStatus, string | null> = {
  AVAILABLE: null,
  RESTRICTED: 'forbidden',
  NOT_FOUND: 'not found',
  UNAVAILABLE: 'timed out',
};

export interface PortfolioOverrides extends Partial<Portfolio> {
  /** How a section came back, when not AVAILABLE: its data is then null, as the gateway sends it. */
  status?: Partial<Record<PortfolioSection, SectionStatus>>;
}

/**
 * 陈建国's portfolio as the gateway composes it for a caller every service answers: his record and a transfer, his
 * training (hours, a record, two proposals), his profile, a gap, eligibility, a posting, a finding, a measure and a trip
 * abroad (its passport back late).
 * `status` marks sections RESTRICTED, NOT_FOUND or UNAVAILABLE (their data null); any other field replaces the fixture's.
 */
export function portfolioOf({ status = {}, ...overrides }: PortfolioOverrides = {}): Portfolio {
  const portfolio: Portfolio = {
    cadreId: CADRE_ID,
    composedAt: '2026-11-26T02:30:00Z',
    sections: [],
    cadre,
    transfers: [
      {
        id: 't1',
        fromUnitId: '00000000-0000-4000-8000-000000000011',
        fromUnitName: '北京市邮政管理局',
        toUnitId: cadre.unitId,
        toUnitName: '广东省邮政管理局',
        fromPositionTitle: '副处长',
        toPositionTitle: '市场监管处处长',
        effectiveOn: '2019-03-01',
        reason: '交流任职',
        recordedBy: 'hr-hq',
        recordedAt: '2019-03-01T02:00:00Z',
      },
    ],
    compliance: myLearning.compliance!,
    trainingRecords: pageOf(myLearning.records!),
    trainingProposals: massWorkProposals,
    profile,
    gaps: pageOf([massWorkGap]),
    eligibility: notEligible,
    postings: pageOf([proposedPosting]),
    postingEligibility: { cadreId: CADRE_ID, eligible: true, reasons: [] },
    findings: pageOf([openFinding]),
    measures: pageOf([measures[0]]),
    trips: pageOf([{ ...lateTrip, cadreId: CADRE_ID, employeeNumber: 'YZ000001', name: '陈建国' }]),
    selection: {
      cadreId: CADRE_ID,
      pools: [
        {
          poolId: '00000000-0000-4000-8000-0000000000a1',
          poolName: '广东省局优秀年轻干部库',
          unitName: '广东省邮政管理局',
          level: 'BUREAU_DEPUTY',
          status: 'ADMITTED',
          nominatedAt: '2026-03-01T02:00:00Z',
          reviewedAt: '2026-03-20T02:00:00Z',
          leftAt: null,
        },
      ],
      successions: [],
      candidacies: [],
    },
  };
  const sections = (Object.keys(SECTION_PROPERTY) as PortfolioSection[]).map((section) => {
    const sectionStatus = status[section] ?? 'AVAILABLE';
    return { section, service: SERVICE[section], status: sectionStatus, detail: DETAIL[sectionStatus] };
  });
  const withheld = Object.fromEntries(sections.filter((one) => one.status !== 'AVAILABLE').map((one) => [SECTION_PROPERTY[one.section], null]));
  return { ...portfolio, ...withheld, sections, ...overrides };
}
