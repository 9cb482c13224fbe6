import { accessFor, type Access, type Role } from './access';

const only = (role: Role, cadreId: string | null = null) => accessFor({ roles: [role], cadreId });
const allowed = (access: Access) =>
  (Object.keys(access) as (keyof Access)[]).filter((key) => access[key]).sort();

describe('access rules', () => {
  it('gives an administrator every page but not a profile or learning of their own', () => {
    expect(allowed(only('admin'))).toEqual(
      [
        'canApproveRaisedQuota',
        'canDownloadAppointmentForm',
        'canExportCadres',
        'canImportRoster',
        'canManageClasses',
        'canManageCourses',
        'canManagePlans',
        'canRateReviews',
        'canRunAssessment',
        'canSeeAssessment',
        'canSeeCadreAudit',
        'canSeeCadres',
        'canSeePortfolio',
        'canSeeCapabilityProfiles',
        'canSeeCompliance',
        'canSeeClaims',
        'canDecideClaims',
        'canSeeStudySessions',
        'canSeeUnitStudySessions',
        'canRecordStudySessions',
        'canSeeRegradeReport',
        'canSeeCourses',
        'canSeeGaps',
        'canSeeDashboard',
        'canSeeHome',
        'canSeeOwnAccount',
        'canSeePlans',
        'canSeeUnits',
        'readsEveryUnit',
        'canSeePostings',
        'canProposePostings',
        'canSeePostingAudit',
        'canSeeTrainingAudit',
        'canSeeTenureDue',
        'canSeeRotationProposals',
        'canDecideRotationProposals',
        'canSeeOpenings',
        'canSeeCandidates',
        'canSeeRotationBalance',
        'canSeeGrassroots',
        'canManageGrassroots',
        'canSeeRounds',
        'canInspect',
        'canSeeFindings',
        'canSeeCoverage',
        'canSeeMeasures',
        'canApplyMeasures',
        'canSetNotifications',
        'canSeePersonalMatters',
        'canReadPersonalReports',
        'canOpenPromotionChecks',
        'canSeeTravel',
        'canManagePassports',
        'canDecideTrips',
        'canSeeSelection',
        'canRunSelection',
        'canSeeTalentGrid',
        'canAnswerChecks',
        'canAnswerFileCheck',
        'canAnswerDisciplineChecks',
      ].sort(),
    );
  });

  it('lets HR and administrators decide hours claims, leaders only read them, others neither', () => {
    expect(only('hr').canDecideClaims).toBe(true);
    expect(only('leader').canSeeClaims).toBe(true);
    expect(only('leader').canDecideClaims).toBe(false);
    expect(only('inspector').canSeeClaims).toBe(false);
    expect(only('cadre', 'a-cadre-id').canSeeClaims).toBe(false);
  });

  it('lets a leader read everything and the audit trail, but not import', () => {
    const access = only('leader');
    expect(access.readsEveryUnit).toBe(true);
    expect(access.canSeeCadreAudit).toBe(true);
    expect(access.canImportRoster).toBe(false);
  });

  it('lets HR import and audit within its own subtree', () => {
    const access = only('hr');
    expect(access.canImportRoster).toBe(true);
    expect(access.canSeeCadreAudit).toBe(true);
    expect(access.canSeeCadres).toBe(true);
    expect(access.readsEveryUnit).toBe(false);
  });

  it('lets an inspector search and export but neither import nor see who changed a record', () => {
    const access = only('inspector');
    expect(access.canSeeCadres && access.canExportCadres && access.canSeeUnits).toBe(true);
    expect(access.canImportRoster).toBe(false);
    expect(access.canSeeCadreAudit).toBe(false);
  });

  it('shows a cadre the home page, the own profile, the course catalogue, the own capability profile and gaps, the own postings and proposals, and the study sessions attended', () => {
    expect(allowed(only('cadre'))).toEqual([
      'canSeeCapabilityProfiles',
      'canSeeCourses',
      'canSeeGaps',
      'canSeeHome',
      'canSeeOwnAccount',
      'canSeeOwnProfile',
      'canSeePortfolio',
      'canSeePostings',
      'canSeeRotationProposals',
      'canSeeStudySessions',
      'canSetNotifications',
    ]);
  });

  it.each<[Role, { see: boolean; units: boolean; record: boolean }]>([
    ['admin', { see: true, units: true, record: true }],
    ['hr', { see: true, units: true, record: true }],
    ['leader', { see: true, units: true, record: false }],
    ['inspector', { see: true, units: true, record: false }],
    ['cadre', { see: true, units: false, record: false }],
  ])('中心组学习 for %s: %j', (role, expected) => {
    const access = only(role, 'a-cadre-id');
    expect({ see: access.canSeeStudySessions, units: access.canSeeUnitStudySessions, record: access.canRecordStudySessions }).toEqual(expected);
  });

  it.each<[Role, { see: boolean; manage: boolean }]>([
    ['admin', { see: true, manage: true }],
    ['hr', { see: true, manage: true }],
    ['leader', { see: true, manage: false }],
    ['inspector', { see: true, manage: false }],
    ['cadre', { see: false, manage: false }],
  ])('基层联系与调研 for %s: %j', (role, expected) => {
    const access = only(role, 'a-cadre-id');
    expect({ see: access.canSeeGrassroots, manage: access.canManageGrassroots }).toEqual(expected);
  });

  it('offers 我的联系点与调研 to accounts linked to a cadre record, whatever their role', () => {
    expect(only('leader', 'a-cadre-id').canKeepGrassroots).toBe(true);
    expect(only('cadre', 'a-cadre-id').canKeepGrassroots).toBe(true);
    expect(only('hr', 'a-cadre-id').canKeepGrassroots).toBe(true);
    expect(only('leader').canKeepGrassroots).toBe(false);
    expect(only('admin').canKeepGrassroots).toBe(false);
  });

  it('gives the 干部任免审批表 to the offices that fill it in: HR, leaders and administrators', () => {
    for (const role of ['admin', 'leader', 'hr'] as const) expect(only(role).canDownloadAppointmentForm).toBe(true);
    for (const role of ['inspector', 'cadre'] as const) expect(only(role).canDownloadAppointmentForm).toBe(false);
  });

  it('opens 领导驾驶舱 to the roles the gateway answers it for: HR, inspectors, leaders and administrators, not cadres', () => {
    for (const role of ['admin', 'leader', 'hr', 'inspector'] as const) expect(only(role).canSeeDashboard).toBe(true);
    expect(only('cadre', 'a-cadre-id').canSeeDashboard).toBe(false);
    expect(accessFor({}).canSeeDashboard).toBe(false);
  });

  it('opens 干部全景档案 to every role (a cadre the own record only, as the server answers), not to an account without one', () => {
    for (const role of ['admin', 'leader', 'hr', 'inspector', 'cadre'] as const) expect(only(role).canSeePortfolio).toBe(true);
    expect(accessFor({}).canSeePortfolio).toBe(false);
  });

  it('offers the own profile to anyone whose account is linked to a cadre record', () => {
    expect(only('hr').canSeeOwnProfile).toBe(false);
    expect(only('hr', 'a-cadre-id').canSeeOwnProfile).toBe(true);
  });

  it.each<[Role, { courses: boolean; manageCourses: boolean; classes: boolean; compliance: boolean }]>([
    ['admin', { courses: true, manageCourses: true, classes: true, compliance: true }],
    ['hr', { courses: true, manageCourses: true, classes: true, compliance: true }],
    ['leader', { courses: true, manageCourses: false, classes: false, compliance: true }],
    ['inspector', { courses: true, manageCourses: false, classes: false, compliance: true }],
    ['cadre', { courses: true, manageCourses: false, classes: false, compliance: false }],
  ])('training pages for %s: %j', (role, expected) => {
    const access = only(role);
    expect({
      courses: access.canSeeCourses,
      manageCourses: access.canManageCourses,
      classes: access.canManageClasses,
      compliance: access.canSeeCompliance,
    }).toEqual(expected);
  });

  it.each<[Role, { see: boolean; create: boolean }]>([
    ['admin', { see: true, create: true }],
    ['hr', { see: true, create: true }],
    ['leader', { see: true, create: false }],
    ['inspector', { see: true, create: false }],
    ['cadre', { see: false, create: false }],
  ])('培训计划 for %s: %j', (role, expected) => {
    const access = only(role);
    expect({ see: access.canSeePlans, create: access.canManagePlans }).toEqual(expected);
  });

  it('offers 我的学习 to accounts linked to a cadre record, whatever their role', () => {
    expect(only('cadre', 'a-cadre-id').canSeeMyLearning).toBe(true);
    expect(only('hr', 'a-cadre-id').canSeeMyLearning).toBe(true);
    expect(only('cadre').canSeeMyLearning).toBe(false);
    expect(only('admin').canSeeMyLearning).toBe(false);
  });

  it.each<[Role, { see: boolean; run: boolean; rate: boolean; approve: boolean; gaps: boolean }]>([
    ['admin', { see: true, run: true, rate: true, approve: true, gaps: true }],
    ['hr', { see: true, run: true, rate: true, approve: false, gaps: true }],
    ['leader', { see: true, run: false, rate: true, approve: true, gaps: true }],
    ['inspector', { see: true, run: false, rate: false, approve: false, gaps: true }],
    ['cadre', { see: false, run: false, rate: false, approve: false, gaps: true }],
  ])('年度考核 for %s: %j', (role, expected) => {
    const access = only(role);
    expect({
      see: access.canSeeAssessment,
      run: access.canRunAssessment,
      rate: access.canRateReviews,
      approve: access.canApproveRaisedQuota,
      gaps: access.canSeeGaps,
    }).toEqual(expected);
  });

  it('offers 我的考核 to cadre accounts linked to a cadre record only, as the API answers it to the cadre role', () => {
    expect(only('cadre', 'a-cadre-id').canSeeMyAssessment).toBe(true);
    expect(only('cadre').canSeeMyAssessment).toBe(false);
    expect(only('hr', 'a-cadre-id').canSeeMyAssessment).toBe(false);
    expect(only('leader').canSeeCapabilityProfiles && only('inspector').canSeeCapabilityProfiles).toBe(true);
  });

  it.each<[Role, { postings: boolean; propose: boolean; due: boolean; proposals: boolean; decide: boolean; openings: boolean; candidates: boolean; balance: boolean }]>([
    ['admin', { postings: true, propose: true, due: true, proposals: true, decide: true, openings: true, candidates: true, balance: true }],
    ['hr', { postings: true, propose: true, due: true, proposals: true, decide: true, openings: true, candidates: true, balance: true }],
    ['leader', { postings: true, propose: false, due: true, proposals: true, decide: false, openings: true, candidates: true, balance: true }],
    ['inspector', { postings: true, propose: false, due: true, proposals: true, decide: false, openings: true, candidates: false, balance: true }],
    ['cadre', { postings: true, propose: false, due: false, proposals: true, decide: false, openings: false, candidates: false, balance: false }],
  ])('交流轮岗 for %s: %j', (role, expected) => {
    const access = only(role);
    expect({
      postings: access.canSeePostings,
      propose: access.canProposePostings,
      due: access.canSeeTenureDue,
      proposals: access.canSeeRotationProposals,
      decide: access.canDecideRotationProposals,
      openings: access.canSeeOpenings,
      candidates: access.canSeeCandidates,
      balance: access.canSeeRotationBalance,
    }).toEqual(expected);
  });

  it.each<[Role, { rounds: boolean; inspect: boolean; findings: boolean; coverage: boolean; measures: boolean; apply: boolean }]>([
    ['admin', { rounds: true, inspect: true, findings: true, coverage: true, measures: true, apply: true }],
    ['inspector', { rounds: true, inspect: true, findings: true, coverage: true, measures: true, apply: true }],
    ['leader', { rounds: true, inspect: false, findings: true, coverage: true, measures: true, apply: false }],
    ['hr', { rounds: true, inspect: false, findings: true, coverage: false, measures: false, apply: false }],
    ['cadre', { rounds: false, inspect: false, findings: false, coverage: false, measures: false, apply: false }],
  ])('巡视巡察 for %s: %j', (role, expected) => {
    const access = only(role);
    expect({
      rounds: access.canSeeRounds,
      inspect: access.canInspect,
      findings: access.canSeeFindings,
      coverage: access.canSeeCoverage,
      measures: access.canSeeMeasures,
      apply: access.canApplyMeasures,
    }).toEqual(expected);
  });

  it('keeps supervision measures from HR altogether, even from HR linked to a cadre record; a cadre reads only the own', () => {
    for (const hr of [only('hr'), only('hr', 'a-cadre-id'), accessFor({ roles: ['hr', 'cadre'], cadreId: 'a-cadre-id' })]) {
      expect([hr.canSeeMeasures, hr.canApplyMeasures, hr.canSeeOwnMeasures]).toEqual([false, false, false]);
    }
    expect([only('cadre', 'a-cadre-id').canSeeMeasures, only('cadre', 'a-cadre-id').canSeeOwnMeasures]).toEqual([false, true]);
    expect(only('cadre').canSeeOwnMeasures).toBe(false);
  });

  it.each<[Role, { see: boolean; manage: boolean; decide: boolean }]>([
    ['admin', { see: true, manage: true, decide: true }],
    ['hr', { see: true, manage: true, decide: false }],
    ['leader', { see: true, manage: false, decide: true }],
    ['inspector', { see: true, manage: false, decide: false }],
    ['cadre', { see: false, manage: false, decide: false }],
  ])('出国（境）管理 for %s: %j', (role, expected) => {
    const access = only(role, 'a-cadre-id');
    expect({ see: access.canSeeTravel, manage: access.canManagePassports, decide: access.canDecideTrips }).toEqual(expected);
  });

  it('offers 我的出国（境） to accounts linked to a cadre record, whatever their role', () => {
    expect(only('cadre', 'a-cadre-id').canAskTrips).toBe(true);
    expect(only('hr', 'a-cadre-id').canAskTrips).toBe(true);
    expect(only('cadre').canAskTrips).toBe(false);
    expect(only('leader').canAskTrips).toBe(false);
  });

  it.each<[Role, { see: boolean; run: boolean; answer: boolean; file: boolean; discipline: boolean }]>([
    ['admin', { see: true, run: true, answer: true, file: true, discipline: true }],
    ['hr', { see: true, run: true, answer: true, file: true, discipline: false }],
    ['inspector', { see: true, run: false, answer: true, file: false, discipline: true }],
    ['leader', { see: true, run: false, answer: false, file: false, discipline: false }],
    ['cadre', { see: false, run: false, answer: false, file: false, discipline: false }],
  ])('选拔任用 for %s: %j', (role, expected) => {
    const access = only(role, 'a-cadre-id');
    expect({
      see: access.canSeeSelection,
      run: access.canRunSelection,
      answer: access.canAnswerChecks,
      file: access.canAnswerFileCheck,
      discipline: access.canAnswerDisciplineChecks,
    }).toEqual(expected);
  });

  it.each<[Role, boolean]>([
    ['admin', true],
    ['leader', true],
    ['hr', true],
    ['inspector', false],
    ['cadre', false],
  ])('人才盘点九宫格 for %s: %s', (role, expected) => {
    expect(only(role, 'a-cadre-id').canSeeTalentGrid).toBe(expected);
  });

  it('allows nothing but home to an account without roles', () => {
    expect(allowed(accessFor({}))).toEqual(['canSeeHome']);
  });
});
