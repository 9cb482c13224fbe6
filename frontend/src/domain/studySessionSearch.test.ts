import { GUANGDONG_ID } from '../test/fixtures';
import { pagedSearchParsers, readSearch } from './pagedSearch';
import { STUDY_SESSION_SORTS, studySessionFilters, studySessionSearchParams, toStudySessionQuery } from './studySessionSearch';

const parse = (query: string, thisYear = 2026) => readSearch(pagedSearchParsers(studySessionFilters(thisYear), STUDY_SESSION_SORTS), new URLSearchParams(query));

describe('中心组学习 search', () => {
  it('reads the unit, the year held and the topic, and asks for the year as the API takes it', () => {
    const search = parse(`unitId=${GUANGDONG_ID}&year=2025&q=%20四中全会%20&sort=topic,asc&page=1`);
    expect(toStudySessionQuery(search)).toEqual({ unitId: GUANGDONG_ID, year: '2025', q: '四中全会', page: 1, sort: 'topic,asc' });
    expect(studySessionSearchParams(search).toString()).toBe(`unitId=${GUANGDONG_ID}&year=2025&q=%E5%9B%9B%E4%B8%AD%E5%85%A8%E4%BC%9A&page=1&sort=topic%2Casc`);
  });

  it('brings a year ahead back to this one and drops what the API would refuse', () => {
    expect(toStudySessionQuery(parse('year=2030'))).toEqual({ year: '2026' });
    expect(toStudySessionQuery(parse('unitId=guangdong&year=last&sort=hours,desc&size=20'))).toEqual({});
  });
});
