import { knowsReason, parseProperties, reasonText } from './reasons';

describe('reasons worded from the server’s catalogue', () => {
  it('reads key=value lines and skips comments and blanks', () => {
    expect(parseProperties('# a comment\n\na.b=x = y\r\nc= z ')).toEqual({ 'a.b': 'x = y', c: 'z' });
  });

  it('words a reason with its parameters, enum values as the language’s words', () => {
    const gap = { code: 'proposal.CAPABILITY_GAP', params: { capability: 'RISK_MANAGEMENT', score: '42', threshold: '60' } };
    expect(reasonText('zh-CN', gap)).toBe('驾驭风险本领得分 42（阈值 60）');
    expect(reasonText('en-US', gap)).toBe('risk management scored 42 (threshold 60)');
  });

  it('words reasons nested in a reason, a list of them joined in the language’s way', () => {
    const refusal = {
      code: 'posting.not-eligible',
      params: {
        cadre: '张三',
        reasons: [
          { code: 'eligibility.RECENT_GRADE', params: { year: 2025, grade: 'INCOMPETENT', considered: 3 } },
          { code: 'eligibility.PENDING_CONCLUSION', params: {} },
        ],
      },
    };
    expect(reasonText('zh-CN', refusal)).toBe('张三 不能提名挂职锻炼：2025 年度考核为不称职（近 3 年考核结果）；有待结论的监督执纪事项，结论作出前不得提名');
    expect(reasonText('en-US', refusal)).toBe(
      '张三 cannot be nominated for a posting: the 2025 annual result is incompetent (one of the last 3); a supervision matter awaits its conclusion; no nomination before it is concluded',
    );
  });

  it('gives the server’s words for a code this version does not know', () => {
    expect(knowsReason('effect.NO_EXCELLENT')).toBe(true);
    expect(knowsReason('effect.SOMETHING_NEW')).toBe(false);
    expect(reasonText('en-US', { code: 'effect.SOMETHING_NEW' }, 'server words')).toBe('server words');
  });
});
