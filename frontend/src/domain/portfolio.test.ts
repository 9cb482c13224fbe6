import { cadre } from '../test/fixtures';
import { portfolioOf } from '../test/portfolioFixtures';
import { portfolioName, sectionStatus } from './portfolio';

describe('portfolio sections', () => {
  it('reads each section’s status as the gateway gives it', () => {
    const portfolio = portfolioOf({ status: { MEASURES: 'RESTRICTED', COMPLIANCE: 'UNAVAILABLE', GAPS: 'NOT_FOUND' } });
    expect(sectionStatus(portfolio, 'CADRE')).toBe('AVAILABLE');
    expect(sectionStatus(portfolio, 'MEASURES')).toBe('RESTRICTED');
    expect(sectionStatus(portfolio, 'COMPLIANCE')).toBe('UNAVAILABLE');
    expect(sectionStatus(portfolio, 'GAPS')).toBe('NOT_FOUND');
  });

  it('takes an AVAILABLE section without data as NOT_FOUND, and an unmentioned empty one as UNAVAILABLE', () => {
    const portfolio = portfolioOf({ measures: null });
    expect(sectionStatus(portfolio, 'MEASURES')).toBe('NOT_FOUND');
    expect(sectionStatus({ ...portfolio, sections: [] }, 'MEASURES')).toBe('UNAVAILABLE');
    expect(sectionStatus({ ...portfolio, sections: [] }, 'CADRE')).toBe('AVAILABLE');
  });

  it('names the cadre from the registry, or from another service when the registry did not answer', () => {
    expect(portfolioName(portfolioOf())).toBe(cadre.name);
    expect(portfolioName(portfolioOf({ status: { CADRE: 'UNAVAILABLE' } }))).toBe('陈建国');
    expect(portfolioName(portfolioOf({ status: { CADRE: 'UNAVAILABLE', PROFILE: 'RESTRICTED', COMPLIANCE: 'RESTRICTED' } }))).toBeUndefined();
  });
});
