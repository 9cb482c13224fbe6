import type { paths } from '../api/schema';
import { CAPABILITIES, POSTING_PROPOSAL_STATUSES, POSTING_STATUSES, POSTING_TYPES } from './enums';
import { defined, nonDefaultPaging, type PagedSearch, type PagedSearchOf, type SearchOf } from './pagedSearch';
import { parseAsOneOf, parseAsSearchText, parseAsTrue, parseAsUuid, parseAsWholeNumber, parseAsYesNo, toParams } from './queryParams';

/**
 * The searches of the rotation pages as their URLs hold them, with the API's own parameter names and values
 * (page from 0); defaults stay out of the URL and the API query.
 */

// 挂职交流: the postings in scope, one status at a time (all of them without one).

export const POSTING_SORTS = ['plannedStart', 'status', 'name', 'type'] as const;

export const postingFilters = {
  status: parseAsOneOf(POSTING_STATUSES),
  type: parseAsOneOf(POSTING_TYPES),
  unitId: parseAsUuid,
  q: parseAsSearchText,
  /** 谈心走访逾期: active postings whose next check-in is past. */
  careOverdue: parseAsTrue,
};

export type PostingSearch = PagedSearchOf<typeof postingFilters>;

export type PostingQuery = NonNullable<paths['/api/rotation/postings']['get']['parameters']['query']>;

export function toPostingQuery(search: Partial<PostingSearch>): PostingQuery {
  return defined({
    status: search.status,
    type: search.type,
    unitId: search.unitId,
    q: search.q?.trim(),
    careOverdue: search.careOverdue,
    ...nonDefaultPaging(search),
    sort: search.sort,
  });
}

export function postingSearchParams(search: Partial<PostingSearch>): URLSearchParams {
  return toParams(toPostingQuery(search));
}

export type PostingCountsQuery = NonNullable<paths['/api/rotation/postings/counts']['get']['parameters']['query']>;

/** The board's filters but the status: the server counts every status at once for the tabs. */
export function toPostingCountsQuery(search: Partial<PostingSearch>): PostingCountsQuery {
  return toPostingQuery({ ...search, status: undefined, page: undefined, size: undefined, sort: undefined });
}

// 任职年限提醒: due (应交流) and soon due (即将到期), both unless one is asked for.

export const DUE_FILTERS = ['DUE', 'SOON_DUE'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export const dueFilters = { unitId: parseAsUuid, status: parseAsOneOf(DUE_FILTERS) };

export type DueSearch = PagedSearchOf<typeof dueFilters>;

export type DueQuery = NonNullable<paths['/api/rotation/due']['get']['parameters']['query']>;

export function toDueQuery(search: Partial<DueSearch>): DueQuery {
  return defined({ unitId: search.unitId, status: search.status, ...nonDefaultPaging(search) });
}

export function dueSearchParams(search: Partial<DueSearch>): URLSearchParams {
  return toParams(toDueQuery(search));
}

/** The xlsx of the whole list (every page) with the same filters. */
export function dueExportUrl(search: Partial<DueSearch>): string {
  const query = toParams(toDueQuery({ ...search, page: undefined, size: undefined })).toString();
  return query ? `/api/rotation/due/export?${query}` : '/api/rotation/due/export';
}

// 实践锻炼建议: proposals still to decide unless the URL asks for others; the openings on their own tab.

export const PROPOSAL_SORTS = ['createdAt', 'score', 'name'] as const;
export const PROPOSAL_STATUS_FILTERS = [...POSTING_PROPOSAL_STATUSES, 'ALL'] as const;
export type ProposalStatusFilter = (typeof PROPOSAL_STATUS_FILTERS)[number];
export const DEFAULT_PROPOSAL_STATUS: ProposalStatusFilter = 'PROPOSED';
export const PROPOSAL_TABS = ['proposals', 'openings'] as const;
export type ProposalTab = (typeof PROPOSAL_TABS)[number];

export const proposalFilters = {
  tab: parseAsOneOf(PROPOSAL_TABS).withDefault('proposals'),
  unitId: parseAsUuid,
  status: parseAsOneOf(PROPOSAL_STATUS_FILTERS).withDefault(DEFAULT_PROPOSAL_STATUS),
};

export type ProposalSearch = PagedSearchOf<typeof proposalFilters>;

export type ProposalQuery = NonNullable<paths['/api/rotation/proposals']['get']['parameters']['query']>;

/** The API query: `ALL` asks without a status; the default (still to decide) is asked for explicitly. */
export function toProposalQuery(search: ProposalSearch): ProposalQuery {
  return defined({
    unitId: search.unitId,
    status: search.status === 'ALL' ? undefined : search.status,
    ...nonDefaultPaging(search),
    sort: search.sort,
  });
}

export function proposalSearchParams(search: ProposalSearch): URLSearchParams {
  return toParams({
    tab: search.tab === 'proposals' ? undefined : search.tab,
    ...toProposalQuery(search),
    status: search.status === DEFAULT_PROPOSAL_STATUS ? undefined : search.status,
  });
}

/**
 * The openings tab pages on its own: `page`, `size` and `sort` are the proposals', the openings' have names of their
 * own in the URL.
 */
export const OPENING_SORTS = ['plannedStart', 'status', 'places'] as const;
export const OPENING_URL_KEYS = { page: 'openingsPage', size: 'openingsSize', sort: 'openingsSort' };

export type OpeningQuery = NonNullable<paths['/api/rotation/openings']['get']['parameters']['query']>;

export function toOpeningQuery(search: PagedSearch): OpeningQuery {
  return defined({ ...nonDefaultPaging(search), sort: search.sort });
}

// 交流统计: a year (by planned start) and a unit whose units below are compared.

export const MIN_BALANCE_YEAR = 2000;

/** The year (by planned start, up to five ahead) and the unit compared below. */
export function balanceFilters(thisYear: number) {
  return { year: parseAsWholeNumber(MIN_BALANCE_YEAR, thisYear + 5), unitId: parseAsUuid };
}

export type BalanceSearch = SearchOf<ReturnType<typeof balanceFilters>>;

export type BalanceQuery = NonNullable<paths['/api/rotation/balance']['get']['parameters']['query']>;

export function toBalanceQuery(search: BalanceSearch): BalanceQuery {
  return defined({ year: search.year, unitId: search.unitId });
}

export function balanceSearchParams(search: BalanceSearch): URLSearchParams {
  return toParams(toBalanceQuery(search));
}

// 基层联系与调研: the contact points in reach by unit and name, those still kept only when asked; the research reports
// beside them by unit, year, adoption, capability and title.

export const CONTACT_POINT_SORTS = ['since', 'name', 'unitName', 'lastVisitedOn'] as const;

export const contactPointFilters = { unitId: parseAsUuid, current: parseAsTrue, q: parseAsSearchText };

export type ContactPointSearch = PagedSearchOf<typeof contactPointFilters>;

export type ContactPointQuery = NonNullable<paths['/api/rotation/contact-points']['get']['parameters']['query']>;

export function toContactPointQuery(search: Partial<ContactPointSearch>): ContactPointQuery {
  return defined({ unitId: search.unitId, current: search.current, q: search.q?.trim(), ...nonDefaultPaging(search), sort: search.sort });
}

export function contactPointSearchParams(search: Partial<ContactPointSearch>): URLSearchParams {
  return toParams(toContactPointQuery(search));
}

export const MIN_RESEARCH_YEAR = 2000;

export const RESEARCH_SORTS = ['submittedOn', 'title', 'name', 'unitName'] as const;

/** The reports' filters; a year from a link is brought into the years reports can have been submitted in. */
export function researchFilters(thisYear: number) {
  return {
    unitId: parseAsUuid,
    year: parseAsWholeNumber(MIN_RESEARCH_YEAR, thisYear),
    adopted: parseAsYesNo,
    capability: parseAsOneOf(CAPABILITIES),
    q: parseAsSearchText,
  };
}

/** The reports share their page with the contact points: their search has URL keys of its own. */
export const RESEARCH_URL_KEYS = {
  unitId: 'researchUnitId',
  year: 'researchYear',
  adopted: 'researchAdopted',
  capability: 'researchCapability',
  q: 'researchQ',
  page: 'researchPage',
  size: 'researchSize',
  sort: 'researchSort',
};

export type ResearchSearch = PagedSearchOf<ReturnType<typeof researchFilters>>;

export type ResearchQuery = NonNullable<paths['/api/rotation/research-reports']['get']['parameters']['query']>;

export function toResearchQuery(search: Partial<ResearchSearch>): ResearchQuery {
  return defined({
    unitId: search.unitId,
    year: search.year,
    adopted: search.adopted,
    capability: search.capability,
    q: search.q?.trim(),
    ...nonDefaultPaging(search),
    sort: search.sort,
  });
}
