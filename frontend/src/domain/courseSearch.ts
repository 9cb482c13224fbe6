import type { paths } from '../api/schema';
import type { Capability, CourseKind } from '../api/types';
import { MAX_PAGE_SIZE } from './cadreSearch';
import { CAPABILITIES, COURSE_KINDS } from './enums';
import { oneOf, toParams, wholeNumber } from './queryParams';

/** The catalogue search as the course page, its URL and `GET /api/training/courses` share it (page from 0). */
export interface CourseSearch {
  q?: string;
  kind?: CourseKind;
  capability?: Capability;
  page: number;
  size: number;
}

export const DEFAULT_COURSE_SEARCH: CourseSearch = { page: 0, size: 20 };

export type CourseQuery = NonNullable<paths['/api/training/courses']['get']['parameters']['query']>;

export function parseCourseSearch(params: URLSearchParams): CourseSearch {
  const q = params.get('q')?.trim();
  return {
    q: q ? q : undefined,
    kind: oneOf(COURSE_KINDS, params.get('kind')),
    capability: oneOf(CAPABILITIES, params.get('capability')),
    page: wholeNumber(params.get('page'), DEFAULT_COURSE_SEARCH.page, 0, Number.MAX_SAFE_INTEGER),
    size: wholeNumber(params.get('size'), DEFAULT_COURSE_SEARCH.size, 1, MAX_PAGE_SIZE),
  };
}

/** The API query of a search; defaults are left out so URLs stay short. */
export function toCourseQuery(search: Partial<CourseSearch>): CourseQuery {
  const query: CourseQuery = {};
  if (search.q?.trim()) query.q = search.q.trim();
  if (search.kind) query.kind = search.kind;
  if (search.capability) query.capability = search.capability;
  if (search.page != null && search.page !== DEFAULT_COURSE_SEARCH.page) query.page = search.page;
  if (search.size != null && search.size !== DEFAULT_COURSE_SEARCH.size) query.size = search.size;
  return query;
}

export function courseSearchParams(search: Partial<CourseSearch>): URLSearchParams {
  return toParams(toCourseQuery(search));
}
