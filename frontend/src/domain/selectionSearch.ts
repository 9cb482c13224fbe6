import type { paths } from '../api/schema';
import { APPOINTMENT_STAGES, POOL_MEMBER_STATUSES, RANK_LEVELS, VOTING_KINDS, VOTING_STATUSES } from './enums';
import { apiQueryOf, type PagedSearchOf } from './pagedSearch';
import { parseAsOneOf, parseAsSearchText, parseAsUuid, toParams } from './queryParams';

/**
 * The searches of the selection pages as their URLs hold them, with the API's own parameter names and values
 * (page from 0); defaults stay out of the URL and the API query.
 */

// 民主推荐 / 民主测评: the voting sessions in reach, newest first, by unit (with its subunits), kind, status and title.

export const VOTING_SESSION_SORTS = ['createdAt', 'title', 'status'] as const;

export const votingSessionFilters = {
  unitId: parseAsUuid,
  kind: parseAsOneOf(VOTING_KINDS),
  status: parseAsOneOf(VOTING_STATUSES),
  q: parseAsSearchText,
};

export type VotingSessionSearch = PagedSearchOf<typeof votingSessionFilters>;

export type VotingSessionQuery = NonNullable<paths['/api/selection/voting-sessions']['get']['parameters']['query']>;

export const toVotingSessionQuery: (search: Partial<VotingSessionSearch>) => VotingSessionQuery = apiQueryOf(votingSessionFilters);

export function votingSessionSearchParams(search: Partial<VotingSessionSearch>): URLSearchParams {
  return toParams(toVotingSessionQuery(search));
}

// 选拔任用纪实: the appointment trails in reach, newest first, by unit (with its subunits), stage, rank and post.

export const APPOINTMENT_SORTS = ['createdAt', 'postTitle', 'stage'] as const;

export const appointmentFilters = {
  unitId: parseAsUuid,
  stage: parseAsOneOf(APPOINTMENT_STAGES),
  rankLevel: parseAsOneOf(RANK_LEVELS),
  q: parseAsSearchText,
};

export type AppointmentSearch = PagedSearchOf<typeof appointmentFilters>;

export type AppointmentQuery = NonNullable<paths['/api/selection/appointments']['get']['parameters']['query']>;

export const toAppointmentQuery: (search: Partial<AppointmentSearch>) => AppointmentQuery = apiQueryOf(appointmentFilters);

export function appointmentSearchParams(search: Partial<AppointmentSearch>): URLSearchParams {
  return toParams(toAppointmentQuery(search));
}

// 后备干部库: the pools in reach, newest first, by unit (with its subunits), post level and name.

export const POOL_SORTS = ['createdAt', 'name', 'level'] as const;

export const poolFilters = {
  unitId: parseAsUuid,
  level: parseAsOneOf(RANK_LEVELS),
  q: parseAsSearchText,
};

export type PoolSearch = PagedSearchOf<typeof poolFilters>;

export type PoolQuery = NonNullable<paths['/api/selection/pools']['get']['parameters']['query']>;

export const toPoolQuery: (search: Partial<PoolSearch>) => PoolQuery = apiQueryOf(poolFilters);

// A pool's members and nominees, latest nomination first, by status and name or employee number.

export const POOL_MEMBER_SORTS = ['nominatedAt', 'name', 'status'] as const;

export const poolMemberFilters = {
  status: parseAsOneOf(POOL_MEMBER_STATUSES),
  q: parseAsSearchText,
};

export type PoolMemberSearch = PagedSearchOf<typeof poolMemberFilters>;

export type PoolMemberQuery = NonNullable<paths['/api/selection/pools/{id}/members']['get']['parameters']['query']>;

export const toPoolMemberQuery: (search: Partial<PoolMemberSearch>) => PoolMemberQuery = apiQueryOf(poolMemberFilters);

// 关键岗位: the key posts in reach, newest first, by unit (with its subunits), level and title.

export const KEY_POST_SORTS = ['createdAt', 'title', 'level'] as const;

export const keyPostFilters = {
  unitId: parseAsUuid,
  level: parseAsOneOf(RANK_LEVELS),
  q: parseAsSearchText,
};

export type KeyPostSearch = PagedSearchOf<typeof keyPostFilters>;

export type KeyPostQuery = NonNullable<paths['/api/selection/key-posts']['get']['parameters']['query']>;

export const toKeyPostQuery: (search: Partial<KeyPostSearch>) => KeyPostQuery = apiQueryOf(keyPostFilters);
