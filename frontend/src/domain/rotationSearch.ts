import type { paths } from '../api/schema';
import type { PostingStatus, PostingType } from '../api/types';
import { POSTING_PROPOSAL_STATUSES, POSTING_STATUSES, POSTING_TYPES } from './enums';
import { defined, flag, nonDefaultPaging, paging } from './pagedSearch';
import { formatSortParam, oneOf, parseSortParam, toParams, uuidOrUndefined, wholeNumber, type SortOrder } from './queryParams';

/**
 * The searches of the rotation pages as their URLs hold them, with the API's own parameter names and values
 * (page from 0); defaults stay out of the URL and the API query.
 */

// 挂职交流: the postings in scope, one status at a time (all of them without one).

export const POSTING_SORTS = ['plannedStart', 'status', 'name', 'type'] as const;

export interface PostingSearch {
  status?: PostingStatus;
  type?: PostingType;
  unitId?: string;
  q?: string;
  /** 谈心走访逾期: active postings whose next check-in is past. */
  careOverdue?: true;
  page: number;
  size: number;
  sort?: string;
}

export type PostingQuery = NonNullable<paths['/api/rotation/postings']['get']['parameters']['query']>;

export function parsePostingSearch(params: URLSearchParams): PostingSearch {
  const q = params.get('q')?.trim();
  const sort = params.get('sort');
  return {
    status: oneOf(POSTING_STATUSES, params.get('status')),
    type: oneOf(POSTING_TYPES, params.get('type')),
    unitId: uuidOrUndefined(params.get('unitId')),
    q: q ? q : undefined,
    careOverdue: flag(params.get('careOverdue')),
    ...paging(params),
    sort: parseSortParam(POSTING_SORTS, sort) ? sort! : undefined,
  };
}

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

export const formatPostingSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(POSTING_SORTS, field, order);

/** The same filters for each status, one row each: their totals label the board's tabs. */
export function postingCountQueries(search: PostingSearch): PostingQuery[] {
  return POSTING_STATUSES.map((status) => toPostingQuery({ ...search, status, page: 0, size: 1, sort: undefined }));
}

// 任职年限提醒: due (应交流) and soon due (即将到期), both unless one is asked for.

export const DUE_FILTERS = ['DUE', 'SOON_DUE'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export interface DueSearch {
  unitId?: string;
  status?: DueFilter;
  page: number;
  size: number;
}

export type DueQuery = NonNullable<paths['/api/rotation/due']['get']['parameters']['query']>;

export function parseDueSearch(params: URLSearchParams): DueSearch {
  return { unitId: uuidOrUndefined(params.get('unitId')), status: oneOf(DUE_FILTERS, params.get('status')), ...paging(params) };
}

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

export interface ProposalSearch {
  tab: ProposalTab;
  unitId?: string;
  status: ProposalStatusFilter;
  page: number;
  size: number;
  sort?: string;
}

export type ProposalQuery = NonNullable<paths['/api/rotation/proposals']['get']['parameters']['query']>;

export function parseProposalSearch(params: URLSearchParams): ProposalSearch {
  const sort = params.get('sort');
  return {
    tab: oneOf(PROPOSAL_TABS, params.get('tab')) ?? 'proposals',
    unitId: uuidOrUndefined(params.get('unitId')),
    status: oneOf(PROPOSAL_STATUS_FILTERS, params.get('status')) ?? DEFAULT_PROPOSAL_STATUS,
    ...paging(params),
    sort: parseSortParam(PROPOSAL_SORTS, sort) ? sort! : undefined,
  };
}

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

export const formatProposalSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(PROPOSAL_SORTS, field, order);

/** The openings tab pages on its own (the URL's page and sort are the proposals'). */
export const OPENING_SORTS = ['plannedStart', 'status', 'places'] as const;

export interface OpeningSearch {
  page: number;
  size: number;
  sort?: string;
}

export type OpeningQuery = NonNullable<paths['/api/rotation/openings']['get']['parameters']['query']>;

export function toOpeningQuery(search: OpeningSearch): OpeningQuery {
  return defined({ ...nonDefaultPaging(search), sort: search.sort });
}

export const formatOpeningSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(OPENING_SORTS, field, order);

// 交流统计: a year (by planned start) and a unit whose units below are compared.

export const MIN_BALANCE_YEAR = 2000;

export interface BalanceSearch {
  year?: number;
  unitId?: string;
}

export type BalanceQuery = NonNullable<paths['/api/rotation/balance']['get']['parameters']['query']>;

export function parseBalanceSearch(params: URLSearchParams, thisYear: number): BalanceSearch {
  const year = wholeNumber(params.get('year'), Number.NaN, MIN_BALANCE_YEAR, thisYear + 5);
  return { year: Number.isNaN(year) ? undefined : year, unitId: uuidOrUndefined(params.get('unitId')) };
}

export function toBalanceQuery(search: BalanceSearch): BalanceQuery {
  return defined({ year: search.year, unitId: search.unitId });
}

export function balanceSearchParams(search: BalanceSearch): URLSearchParams {
  return toParams(toBalanceQuery(search));
}
