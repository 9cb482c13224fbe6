import type { StudySessionQuery } from '../domain/studySessionSearch';
import { unwrap } from './client';
import { useApiMutation, useApiQuery } from './hooks';
import { ifMatch } from './ifMatch';
import { queryKeys } from './queries';
import type { StudySession, StudySessionPage, StudySessionRequest } from './types';

/*
 * react-query hooks over 理论学习中心组 (`/api/training/study-sessions`): the sessions a unit's leadership team held,
 * recorded and corrected by HR of the unit (or above) and administrators. A session counts towards its attendees'
 * hours and capabilities, so every change is under the training prefix.
 */

/** The sessions in the caller's reach (HR and inspectors their subtree, leaders and administrators all, a cadre those attended). */
export function useStudySessions(query: StudySessionQuery, enabled = true) {
  return useApiQuery<StudySessionPage>(
    queryKeys.studySessions(query),
    (api) => unwrap(api.GET('/api/training/study-sessions', { params: { query } })),
    { keepPrevious: true, enabled },
  );
}

/**
 * 记录学习: 400 with a violation per field; an attendee who is not an active cadre of exactly that unit comes back as
 * `attendeeIds[i]`, a day after today as `heldOn`.
 */
export function useRecordStudySession() {
  return useApiMutation<StudySession, StudySessionRequest>(
    (api, body) => unwrap(api.POST('/api/training/study-sessions', { body })),
    queryKeys.training,
  );
}

/** 更正: the same rules, with the version read; the session stays with its unit. */
export function useCorrectStudySession() {
  return useApiMutation<StudySession, { id: string; version: number; body: StudySessionRequest }>(
    (api, { id, version, body }) =>
      unwrap(api.PUT('/api/training/study-sessions/{id}', { params: { header: ifMatch(version), path: { id } }, body })),
    queryKeys.training,
  );
}
