import type { paths } from '../api/schema';
import { CLASS_STATUSES } from './enums';
import { defined, nonDefaultPaging, type PagedSearchOf } from './pagedSearch';
import { parseAsOneOf, toParams } from './queryParams';

/** 培训班管理 as its URL holds it: a status, a server page and its sort (newest first by default). */

export const CLASS_SORTS = ['startDate', 'title', 'status'] as const;

export const classFilters = { status: parseAsOneOf(CLASS_STATUSES) };

export type ClassSearch = PagedSearchOf<typeof classFilters>;

export type ClassQuery = NonNullable<paths['/api/training/classes']['get']['parameters']['query']>;

export function toClassQuery(search: Partial<ClassSearch>): ClassQuery {
  return defined({ status: search.status, ...nonDefaultPaging(search), sort: search.sort });
}

export function classSearchParams(search: Partial<ClassSearch>): URLSearchParams {
  return toParams(toClassQuery(search));
}

/** What 我的学习 asks for its open classes: those still open, soonest first, as many as a page holds. */
export const OPEN_CLASSES_QUERY: ClassQuery = { status: 'OPEN', size: 200, sort: 'startDate' };
