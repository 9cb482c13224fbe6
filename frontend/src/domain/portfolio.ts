import type { Portfolio, PortfolioSection, SectionStatus } from '../api/types';

/** Where each section's answer sits in the portfolio. */
export const SECTION_PROPERTY = {
  CADRE: 'cadre',
  TRANSFERS: 'transfers',
  COMPLIANCE: 'compliance',
  TRAINING_RECORDS: 'trainingRecords',
  TRAINING_PROPOSALS: 'trainingProposals',
  PROFILE: 'profile',
  GAPS: 'gaps',
  ELIGIBILITY: 'eligibility',
  POSTINGS: 'postings',
  POSTING_ELIGIBILITY: 'postingEligibility',
  FINDINGS: 'findings',
  MEASURES: 'measures',
  TRIPS: 'trips',
  SELECTION: 'selection',
} as const satisfies Record<PortfolioSection, keyof Portfolio>;

/** The cards of the page, top to bottom, each with the sections it shows (资格 shows two). */
export const PORTFOLIO_CARDS = [
  { key: 'cadre', sections: ['CADRE'] },
  { key: 'transfers', sections: ['TRANSFERS'] },
  { key: 'compliance', sections: ['COMPLIANCE'] },
  { key: 'records', sections: ['TRAINING_RECORDS'] },
  { key: 'proposals', sections: ['TRAINING_PROPOSALS'] },
  { key: 'profile', sections: ['PROFILE'] },
  { key: 'gaps', sections: ['GAPS'] },
  { key: 'eligibility', sections: ['ELIGIBILITY', 'POSTING_ELIGIBILITY'] },
  { key: 'postings', sections: ['POSTINGS'] },
  { key: 'findings', sections: ['FINDINGS'] },
  { key: 'measures', sections: ['MEASURES'] },
  { key: 'trips', sections: ['TRIPS'] },
  { key: 'selection', sections: ['SELECTION'] },
] as const satisfies readonly { key: string; sections: readonly PortfolioSection[] }[];

export type PortfolioCardKey = (typeof PORTFOLIO_CARDS)[number]['key'];

/** The anchor of a card (`#portfolio-records`). */
export const cardAnchor = (key: PortfolioCardKey) => `portfolio-${key}`;

/**
 * How a section came back. The gateway says so in `sections`; a section it says is AVAILABLE but holds nothing reads
 * as NOT_FOUND, and one it does not mention at all and holds nothing as UNAVAILABLE (asking again may bring it).
 */
export function sectionStatus(portfolio: Portfolio, section: PortfolioSection): SectionStatus {
  const state = portfolio.sections?.find((one) => one.section === section);
  if (state && state.status !== 'AVAILABLE') return state.status;
  if (portfolio[SECTION_PROPERTY[section]] == null) return state ? 'NOT_FOUND' : 'UNAVAILABLE';
  return 'AVAILABLE';
}

/** Whose portfolio: the registry's name, else the name another service knows the cadre by; none when nobody said. */
export function portfolioName(portfolio: Portfolio): string | undefined {
  return portfolio.cadre?.name ?? portfolio.profile?.name ?? portfolio.compliance?.name ?? undefined;
}

/** The 干部任免审批表 of the cadre, filled from the portfolio by the gateway (a .docx download). */
export function appointmentFormUrl(cadreId: string): string {
  return `/api/cadres/${encodeURIComponent(cadreId)}/appointment-form`;
}
