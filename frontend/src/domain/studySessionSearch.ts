import type { paths } from '../api/schema';
import { defined, nonDefaultPaging, type PagedSearchOf } from './pagedSearch';
import { parseAsSearchText, parseAsUuid, parseAsWholeNumber, toParams } from './queryParams';

/**
 * 中心组学习 as its URL holds it: the unit (with its subunits), the year held and the topic, a server page and its
 * sort (latest first by default), with the API's own parameter names.
 */

export const MIN_STUDY_YEAR = 2000;

export const STUDY_SESSION_SORTS = ['heldOn', 'topic'] as const;

/** The filters; a year from a link is brought into the years sessions can have been held in (none ahead). */
export function studySessionFilters(thisYear: number) {
  return { unitId: parseAsUuid, year: parseAsWholeNumber(MIN_STUDY_YEAR, thisYear), q: parseAsSearchText };
}

export type StudySessionSearch = PagedSearchOf<ReturnType<typeof studySessionFilters>>;

export type StudySessionQuery = NonNullable<paths['/api/training/study-sessions']['get']['parameters']['query']>;

/** The API takes the year as text. */
export function toStudySessionQuery(search: Partial<StudySessionSearch>): StudySessionQuery {
  return defined({
    unitId: search.unitId,
    year: search.year === undefined ? undefined : String(search.year),
    q: search.q?.trim(),
    ...nonDefaultPaging(search),
    sort: search.sort,
  });
}

export function studySessionSearchParams(search: Partial<StudySessionSearch>): URLSearchParams {
  return toParams(toStudySessionQuery(search));
}
