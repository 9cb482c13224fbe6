import { BUREAU_ID } from '../test/fixtures';
import { pagedSearchParsers, readSearch } from './pagedSearch';
import {
  balanceFilters,
  CONTACT_POINT_SORTS,
  contactPointFilters,
  contactPointSearchParams,
  RESEARCH_SORTS,
  RESEARCH_URL_KEYS,
  researchFilters,
  toResearchQuery,
  dueExportUrl,
  dueFilters,
  POSTING_SORTS,
  postingFilters,
  postingSearchParams,
  PROPOSAL_SORTS,
  proposalFilters,
  proposalSearchParams,
  toPostingCountsQuery,
  toPostingQuery,
  toProposalQuery,
} from './rotationSearch';

const parsePostingSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(postingFilters, POSTING_SORTS), params);
const parseDueSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(dueFilters), params);
const parseProposalSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(proposalFilters, PROPOSAL_SORTS), params);

const parsePointSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(contactPointFilters, CONTACT_POINT_SORTS), params);
const parseResearchSearch = (params: URLSearchParams, thisYear: number) => readSearch(pagedSearchParsers(researchFilters(thisYear), RESEARCH_SORTS), params);

describe('rotation searches', () => {
  it('reads the contact points by unit and name, those still kept only as a flag, sorted by what the API sorts them by', () => {
    const search = parsePointSearch(new URLSearchParams(`unitId=${BUREAU_ID}&current=true&q=%20园区%20&sort=lastVisitedOn,desc&page=1`));
    expect(contactPointSearchParams(search).toString()).toBe(`unitId=${BUREAU_ID}&current=true&q=%E5%9B%AD%E5%8C%BA&page=1&sort=lastVisitedOn%2Cdesc`);
    expect(contactPointSearchParams(parsePointSearch(new URLSearchParams('current=1&sort=place'))).toString()).toBe('');
  });

  it('reads the research reports by year, adoption (yes or no) and capability, a year ahead brought back to this one', () => {
    const search = parseResearchSearch(new URLSearchParams('year=2031&adopted=false&capability=MASS_WORK&sort=submittedOn,asc'), 2026);
    expect(toResearchQuery(search)).toEqual({ year: 2026, adopted: false, capability: 'MASS_WORK', sort: 'submittedOn,asc' });
    expect(toResearchQuery(parseResearchSearch(new URLSearchParams('adopted=true'), 2026))).toEqual({ adopted: true });
    expect(toResearchQuery(parseResearchSearch(new URLSearchParams('adopted=maybe&capability=SINGING&sort=name,sideways'), 2026))).toEqual({});
    // the reports share a page with the contact points: no key of theirs is one of the points'
    expect(Object.values(RESEARCH_URL_KEYS).filter((key) => key in contactPointFilters || ['page', 'size', 'sort'].includes(key))).toEqual([]);
  });

  it('reads a posting search from the URL, dropping what the API would refuse', () => {
    const search = parsePostingSearch(new URLSearchParams(`status=ACTIVE&type=NOPE&unitId=${BUREAU_ID}&careOverdue=true&q= 陈 &sort=name,desc&page=2`));
    expect(search).toEqual({ status: 'ACTIVE', type: undefined, unitId: BUREAU_ID, q: '陈', careOverdue: true, page: 2, size: 20, sort: 'name,desc' });
    expect(toPostingQuery(search)).toEqual({ status: 'ACTIVE', unitId: BUREAU_ID, q: '陈', careOverdue: true, page: 2, sort: 'name,desc' });
    expect(postingSearchParams({ ...search, careOverdue: undefined, page: 0 }).toString()).toBe(`status=ACTIVE&unitId=${BUREAU_ID}&q=%E9%99%88&sort=name%2Cdesc`);
    expect(parsePostingSearch(new URLSearchParams('careOverdue=yes&sort=salary')).careOverdue).toBeUndefined();
  });

  it('counts every status with the filters but the status, page and sort', () => {
    const search = parsePostingSearch(new URLSearchParams(`status=ACTIVE&type=JOB_ROTATION&unitId=${BUREAU_ID}&q=%20陈&page=3&sort=name`));
    expect(toPostingCountsQuery(search)).toEqual({ type: 'JOB_ROTATION', unitId: BUREAU_ID, q: '陈' });
  });

  it('exports the whole due list with its filters', () => {
    const search = parseDueSearch(new URLSearchParams(`unitId=${BUREAU_ID}&status=SOON_DUE&page=4`));
    expect(dueExportUrl(search)).toBe(`/api/rotation/due/export?unitId=${BUREAU_ID}&status=SOON_DUE`);
    expect(dueExportUrl({})).toBe('/api/rotation/due/export');
  });

  it('asks for proposals still to decide by default and keeps the tab in the URL only when it is not the first', () => {
    const search = parseProposalSearch(new URLSearchParams());
    expect(search).toMatchObject({ tab: 'proposals', status: 'PROPOSED' });
    expect(toProposalQuery(search)).toEqual({ status: 'PROPOSED' });
    expect(toProposalQuery({ ...search, status: 'ALL' })).toEqual({});
    expect(proposalSearchParams({ ...search, tab: 'openings' }).toString()).toBe('tab=openings');
    expect(parseProposalSearch(new URLSearchParams('tab=drafts&status=MAYBE'))).toMatchObject({ tab: 'proposals', status: 'PROPOSED' });
  });

  it('reads a year up to five ahead for the balance, and a unit', () => {
    const parse = (query: string) => readSearch(balanceFilters(2026), new URLSearchParams(query));
    expect(parse(`year=2030&unitId=${BUREAU_ID}`)).toEqual({ year: 2030, unitId: BUREAU_ID });
    expect(parse('year=2040&unitId=all')).toEqual({ year: 2031 });
    expect(parse('year=last')).toEqual({});
  });
});
