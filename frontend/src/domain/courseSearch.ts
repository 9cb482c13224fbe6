import type { paths } from '../api/schema';
import { CAPABILITIES, COURSE_KINDS } from './enums';
import { DEFAULT_PAGE, type PagedSearchOf } from './pagedSearch';
import { parseAsOneOf, parseAsSearchText, toParams } from './queryParams';

/** The catalogue search as the course page, its URL and `GET /api/training/courses` share it (page from 0). */
export const courseFilters = {
  q: parseAsSearchText,
  kind: parseAsOneOf(COURSE_KINDS),
  capability: parseAsOneOf(CAPABILITIES),
};

export type CourseSearch = PagedSearchOf<typeof courseFilters>;

export type CourseQuery = NonNullable<paths['/api/training/courses']['get']['parameters']['query']>;

/** The API query of a search; defaults are left out so URLs stay short. */
export function toCourseQuery(search: Partial<CourseSearch>): CourseQuery {
  const query: CourseQuery = {};
  if (search.q?.trim()) query.q = search.q.trim();
  if (search.kind) query.kind = search.kind;
  if (search.capability) query.capability = search.capability;
  if (search.page != null && search.page !== DEFAULT_PAGE.page) query.page = search.page;
  if (search.size != null && search.size !== DEFAULT_PAGE.size) query.size = search.size;
  return query;
}

export function courseSearchParams(search: Partial<CourseSearch>): URLSearchParams {
  return toParams(toCourseQuery(search));
}
