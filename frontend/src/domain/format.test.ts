import { ageOn, cadreLabel, formatInstant, formatInstantDay, todayInBeijing, yearInBeijing } from './format';

describe('dates', () => {
  it('counts whole years, not yet a year older before the birthday', () => {
    expect(ageOn('1975-06-01', '2025-05-31')).toBe(49);
    expect(ageOn('1975-06-01', '2025-06-01')).toBe(50);
    expect(ageOn('not a date', '2025-06-01')).toBeUndefined();
  });

  it('takes "today" in Beijing, which is already tomorrow for late UTC evenings', () => {
    expect(todayInBeijing(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
  });

  it('takes the year in Beijing too', () => {
    expect(yearInBeijing(new Date('2025-12-31T15:59:00Z'))).toBe(2025);
    expect(yearInBeijing(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });

  it('shows instants in Beijing time', () => {
    expect(formatInstant('2025-12-31T16:30:00Z', 'en-US')).toContain('Jan 1, 2026');
    expect(formatInstant(undefined, 'en-US')).toBe('');
    expect(formatInstantDay('2025-12-31T16:30:00Z', 'en-US')).toBe('Jan 1, 2026');
    expect(formatInstantDay('2025-12-31T16:30:00Z', 'zh-CN')).toBe('2026年1月1日');
  });
});

describe('cadreLabel', () => {
  it('names a cadre by name and employee number, with a dash for what is not known', () => {
    expect(cadreLabel('周晓明', 'YZ000001')).toBe('周晓明（YZ000001）');
    expect(cadreLabel(null, 'YZ000001')).toBe('—（YZ000001）');
    expect(cadreLabel(null, null)).toBe('—');
  });
});
