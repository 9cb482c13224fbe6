import { GUANGDONG_ID } from '../test/fixtures';
import { pagedSearchParsers, readSearch } from './pagedSearch';
import {
  APPOINTMENT_SORTS,
  appointmentFilters,
  appointmentSearchParams,
  toAppointmentQuery,
  toVotingSessionQuery,
  VOTING_SESSION_SORTS,
  votingSessionFilters,
  votingSessionSearchParams,
} from './selectionSearch';

const parseSessions = (params: URLSearchParams) => readSearch(pagedSearchParsers(votingSessionFilters, VOTING_SESSION_SORTS), params);
const parseTrails = (params: URLSearchParams) => readSearch(pagedSearchParsers(appointmentFilters, APPOINTMENT_SORTS), params);

describe('selection searches', () => {
  it('reads the voting sessions by unit, kind, status and title, sorted as the API sorts them', () => {
    const search = parseSessions(new URLSearchParams(`unitId=${GUANGDONG_ID}&kind=RECOMMENDATION&status=OPEN&q=%20处长%20&sort=title,asc&page=2`));
    expect(toVotingSessionQuery(search)).toEqual({ unitId: GUANGDONG_ID, kind: 'RECOMMENDATION', status: 'OPEN', q: '处长', page: 2, sort: 'title,asc' });
    expect(votingSessionSearchParams(search).toString()).toBe(`unitId=${GUANGDONG_ID}&kind=RECOMMENDATION&status=OPEN&q=%E5%A4%84%E9%95%BF&page=2&sort=title%2Casc`);
  });

  it('drops what the API would refuse from a hand-typed link', () => {
    const search = parseSessions(new URLSearchParams('unitId=guangdong&kind=VOTE&status=open&sort=places,desc&size=20'));
    expect(votingSessionSearchParams(search).toString()).toBe('');
  });

  it('reads the appointment trails by stage, rank and post', () => {
    const search = parseTrails(new URLSearchParams('stage=JOINT_REVIEW&rankLevel=DIVISION_DEPUTY&q=处长&sort=stage,desc'));
    expect(toAppointmentQuery(search)).toEqual({ stage: 'JOINT_REVIEW', rankLevel: 'DIVISION_DEPUTY', q: '处长', sort: 'stage,desc' });
    expect(appointmentSearchParams(parseTrails(new URLSearchParams('stage=DONE&rankLevel=CHIEF'))).toString()).toBe('');
  });
});
