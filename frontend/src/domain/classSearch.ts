import type { paths } from '../api/schema';
import type { ClassStatus } from '../api/types';
import { CLASS_STATUSES } from './enums';
import { defined, nonDefaultPaging, paging } from './pagedSearch';
import { formatSortParam, oneOf, parseSortParam, toParams, type SortOrder } from './queryParams';

/** 培训班管理 as its URL holds it: a status, a server page and its sort (newest first by default). */

export const CLASS_SORTS = ['startDate', 'title', 'status'] as const;

export interface ClassSearch {
  status?: ClassStatus;
  page: number;
  size: number;
  sort?: string;
}

export type ClassQuery = NonNullable<paths['/api/training/classes']['get']['parameters']['query']>;

export function parseClassSearch(params: URLSearchParams): ClassSearch {
  const sort = params.get('sort');
  return {
    status: oneOf(CLASS_STATUSES, params.get('status')),
    ...paging(params),
    sort: parseSortParam(CLASS_SORTS, sort) ? sort! : undefined,
  };
}

export function toClassQuery(search: Partial<ClassSearch>): ClassQuery {
  return defined({ status: search.status, ...nonDefaultPaging(search), sort: search.sort });
}

export function classSearchParams(search: Partial<ClassSearch>): URLSearchParams {
  return toParams(toClassQuery(search));
}

export const formatClassSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(CLASS_SORTS, field, order);

/** What 我的学习 asks for its open classes: those still open, soonest first, as many as a page holds. */
export const OPEN_CLASSES_QUERY: ClassQuery = { status: 'OPEN', size: 200, sort: 'startDate' };
