import { readSearch } from './pagedSearch';
import { formatSortParam, parseAsNumberOf, parseAsOneOf, parseAsSearchText, parseAsSort, parseAsTrue, parseAsUuid, parseAsWholeNumber, parseAsYesNo, parseSortParam } from './queryParams';

const UNIT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const PARSERS = {
  unitId: parseAsUuid,
  status: parseAsOneOf(['OPEN', 'CLOSED'] as const, { ignoreCase: true }),
  kind: parseAsOneOf(['A', 'B'] as const),
  year: parseAsWholeNumber(2000, 2026),
  form: parseAsNumberOf([1, 2, 3, 4] as const),
  q: parseAsSearchText,
  overdue: parseAsTrue,
  sort: parseAsSort(['name', 'dueOn']),
};
const read = (query: string) => readSearch(PARSERS, new URLSearchParams(query));

describe('reading a link’s query values', () => {
  it('takes the values the API takes', () => {
    expect(read(`unitId=${UNIT}&status=open&kind=B&year=2025&form=3&q=%20陈%20&overdue=true&sort=dueOn,desc`)).toEqual({
      unitId: UNIT,
      status: 'OPEN',
      kind: 'B',
      year: 2025,
      form: 3,
      q: '陈',
      overdue: true,
      sort: 'dueOn,desc',
    });
  });

  it('drops what the API would refuse, so a bad link still opens', () => {
    expect(read('unitId=guangdong&status=LATE&kind=b&year=-1&form=2x&q=%20%20&overdue=yes&sort=salary,desc')).toEqual({});
    expect(read('year=twenty&form=5&sort=name,up')).toEqual({});
    expect(read('sort=name,asc,desc')).toEqual({});
  });

  it('reads a yes/no filter as true or false, anything else as no filter', () => {
    const yesNo = (query: string) => readSearch({ adopted: parseAsYesNo }, new URLSearchParams(query)).adopted;
    expect(yesNo('adopted=true')).toBe(true);
    expect(yesNo('adopted=false')).toBe(false);
    expect(yesNo('adopted=no')).toBeUndefined();
    expect(yesNo('')).toBeUndefined();
  });

  it('brings a number into its range', () => {
    expect(read('year=1999').year).toBe(2000);
    expect(read('year=2099').year).toBe(2026);
  });
});

describe('sort parameter', () => {
  const FIELDS = ['name', 'rankLevel', 'postSince'] as const;

  it('maps between the API form and the table form', () => {
    expect(parseSortParam(FIELDS, 'rankLevel,desc')).toEqual({ field: 'rankLevel', order: 'descend' });
    expect(parseSortParam(FIELDS, 'name')).toEqual({ field: 'name', order: 'ascend' });
    expect(parseSortParam(FIELDS, 'unitName,asc')).toBeUndefined();
    expect(formatSortParam(FIELDS, 'postSince', 'ascend')).toBe('postSince,asc');
    expect(formatSortParam(FIELDS, 'postSince', null)).toBeUndefined();
    expect(formatSortParam(FIELDS, 'unitName', 'descend')).toBeUndefined();
  });
});
