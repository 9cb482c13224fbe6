import type { EligibilityReason } from '../api/types';
import { createI18n } from '../i18n';
import { eligibilityReasonText, supervisionNote } from './eligibility';

/** A reason as the API sends it: the parameters its code does not use are null. */
const reason = (fields: Pick<EligibilityReason, 'code'> & Partial<EligibilityReason>): EligibilityReason => ({
  year: null,
  grade: null,
  considered: null,
  until: null,
  message: 'server text',
  ...fields,
});

describe('eligibility reasons', () => {
  it('reads each reason from its code and parameters, in Chinese and in English', () => {
    const i18n = createI18n();
    const zh = i18n.getFixedT('zh-CN');
    const en = i18n.getFixedT('en-US');
    const grade = reason({ code: 'RECENT_GRADE', year: 2025, grade: 'BASICALLY_COMPETENT', considered: 3, message: 'server text' });
    expect(eligibilityReasonText(zh, grade)).toBe('2025 年度考核为基本称职（近 3 年考核结果）');
    expect(eligibilityReasonText(en, grade)).toBe('the 2025 annual result is basically competent (one of the last 3)');
    expect(eligibilityReasonText(zh, reason({ code: 'MEASURE_IN_INFLUENCE', until: '2027-06-01' }))).toBe('受处分或组织处理影响，影响期至 2027-06-01');
    expect(eligibilityReasonText(en, reason({ code: 'MEASURE_IN_INFLUENCE' }))).toBe("under a supervision measure's influence, with no end date yet");
    expect(eligibilityReasonText(zh, reason({ code: 'PENDING_CONCLUSION' }))).toBe('有待结论的监督执纪事项，结论作出前不得提名');
    expect(eligibilityReasonText(zh, reason({ code: 'CHECK_OPEN' }))).toBe('个人有关事项核查（提拔必查）尚未办结，办结前不得确定为考察对象');
  });

  it('falls back to the server’s message for a code it does not know', () => {
    const zh = createI18n().getFixedT('zh-CN');
    expect(eligibilityReasonText(zh, reason({ code: 'SOMETHING_NEW' as never, message: '新的原因' }))).toBe('新的原因');
  });
});

describe('supervision notes', () => {
  it('say what a measure does to the year from its effect, in either language, else the server’s note', () => {
    const i18n = createI18n();
    const zh = i18n.getFixedT('zh-CN');
    const en = i18n.getFixedT('en-US');
    const blocked = { effect: 'NO_EXCELLENT' as const, note: 'server note' };
    expect(supervisionNote(zh, blocked, 2026)).toBe('受处分或组织处理影响，2026 年度不得评为优秀');
    expect(supervisionNote(en, blocked, 2026)).toBe('under a supervision measure: 2026 cannot be graded excellent');
    expect(supervisionNote(zh, blocked, undefined)).toBe('server note');
    expect(supervisionNote(zh, { effect: 'NONE', note: null }, 2026)).toBeUndefined();
  });
});
