/**
 * Who may see what, in one place. Fed by the session the gateway reports; the server enforces the same
 * rules (roles and unit scope), this only decides what the app offers.
 */
export const ROLES = ['admin', 'leader', 'hr', 'inspector', 'cadre'] as const;
export type Role = (typeof ROLES)[number];

export interface AccessSubject {
  roles?: readonly string[];
  cadreId?: string | null;
}

export interface Access {
  canSeeHome: boolean;
  /**
   * 领导驾驶舱 (统计分析): the figures of the caller's scope by unit: 组织人事部门, inspectors, leaders and administrators
   * (each section as its owning service lets the caller see it; the four forms never to HR).
   */
  canSeeDashboard: boolean;
  /** The own account (`GET /api/me`: unit name in the header): every role; the API refuses an account without one. */
  canSeeOwnAccount: boolean;
  /** 单位: everyone but a plain cadre. */
  canSeeUnits: boolean;
  /** 干部名册 and a cadre's detail page. */
  canSeeCadres: boolean;
  canExportCadres: boolean;
  /**
   * 干部全景档案 (`/cadres/:id/portfolio`): staff for the cadres in their scope, a cadre for the own record; each
   * section as its owning service lets the caller see it (the server answers 404 outside the caller's scope).
   */
  canSeePortfolio: boolean;
  /** 干部任免审批表 (.docx) of a cadre in scope: 组织人事部门, leaders and administrators. */
  canDownloadAppointmentForm: boolean;
  /** 花名册导入 and its template. */
  canImportRoster: boolean;
  /** Who changed a cadre's record: 组织人事部门, leaders and administrators. */
  canSeeCadreAudit: boolean;
  /** 我的档案: cadres, and anyone whose account is linked to a cadre record. */
  canSeeOwnProfile: boolean;
  /** admin and leader read every unit; hr and inspector their unit's subtree. */
  readsEveryUnit: boolean;
  /** 课程目录: everyone with a role. */
  canSeeCourses: boolean;
  /** Adds courses to the catalogue: 组织人事部门 and administrators. */
  canManageCourses: boolean;
  /** 培训班管理: classes, rosters, 点名调训, attendance and 结业, for HR within its subtree and administrators. */
  canManageClasses: boolean;
  /** 培训计划: annual plans and their progress, for everyone but a plain cadre (each within their scope). */
  canSeePlans: boolean;
  /** 新建计划: HR within its subtree and administrators. */
  canManagePlans: boolean;
  /** 学时达标: compliance per unit, for everyone but a plain cadre. */
  canSeeCompliance: boolean;
  /** 我的学习: accounts linked to a cadre record (the API answers for the caller's own cadre). */
  canSeeMyLearning: boolean;
  /**
   * 中心组学习: the study sessions of the leadership teams in reach (HR and inspectors their subtree, leaders and
   * administrators all), and for a cadre the sessions attended.
   */
  canSeeStudySessions: boolean;
  /** The sessions of the units in reach, filtered by unit: staff; a cadre sees those attended only, without the filter. */
  canSeeUnitStudySessions: boolean;
  /** 记录学习 and 更正: HR of the unit (or above) and administrators. */
  canRecordStudySessions: boolean;
  /** 学时认定: the self-reported hours of HR's subtree (leaders and administrators read all). */
  canSeeClaims: boolean;
  /** 认定 / 不予认定 a claim: HR within its subtree and administrators. */
  canDecideClaims: boolean;
  /** 年度考核: cycles, their grade distribution and reviews, for everyone but a plain cadre (each within their scope). */
  canSeeAssessment: boolean;
  /** 开启年度考核, 民主测评票 and 确定等次: HR within its subtree and administrators. */
  canRunAssessment: boolean;
  /** 评鉴与拟定等次 on a review: HR, leaders and administrators. */
  canRateReviews: boolean;
  /** 需复核的已定考核 (final reviews the supervision rules would grade differently): HR, leaders and administrators. */
  canSeeRegradeReport: boolean;
  /** 批准提高优秀比例 (the raised 25% rate): leaders and administrators. */
  canApproveRaisedQuota: boolean;
  /** 能力画像 and 考察对象资格: staff for the cadres in their scope, a cadre for the own (the server answers 404 for others). */
  canSeeCapabilityProfiles: boolean;
  /** 能力短板: staff within their scope; a cadre sees the own. */
  canSeeGaps: boolean;
  /** 我的考核: cadre accounts linked to a cadre record (the API answers the caller's own reviews to the cadre role only). */
  canSeeMyAssessment: boolean;
  /** 挂职交流: postings of staff's scope; a cadre sees the own (the API answers the caller's own). */
  canSeePostings: boolean;
  /** 提名挂职, 到岗, 谈心走访 and 期满鉴定: HR within its subtree and administrators (a leader approves; each posting says which commands it allows). */
  canProposePostings: boolean;
  /** 变更记录 of a posting: staff in scope. */
  canSeePostingAudit: boolean;
  /** 变更记录 of classes (with enrolments and attendance): HR, leaders, admins. */
  canSeeTrainingAudit: boolean;
  /** 任职年限提醒 and its export: staff in scope. */
  canSeeTenureDue: boolean;
  /** 实践锻炼建议: staff in scope; a cadre sees the own. */
  canSeeRotationProposals: boolean;
  /** 据此提名, 不采纳 and 发布挂职岗位: HR within its subtree and administrators. */
  canDecideRotationProposals: boolean;
  /** 挂职岗位 (openings): staff in scope. */
  canSeeOpenings: boolean;
  /** 人选推荐 of an opening: HR, leaders and administrators (the service does not rank candidates for inspectors). */
  canSeeCandidates: boolean;
  /** 交流统计: staff in scope. */
  canSeeRotationBalance: boolean;
  /**
   * 基层联系与调研: the leaders' grassroots contact points with their visits and the research reports of the caller's
   * scope, for HR, inspectors, leaders and administrators (each point says whether the caller may record visits, each
   * report whether the caller may record its follow-up).
   */
  canSeeGrassroots: boolean;
  /** 建立联系点 and 报送调研报告 for a cadre it manages: HR within its subtree and administrators. */
  canManageGrassroots: boolean;
  /** 我的联系点与调研: an account linked to a cadre keeps its own contact point and files its own reports. */
  canKeepGrassroots: boolean;
  /** 巡视巡察 rounds: inspectors, leaders and administrators; HR reads the rounds of its inspected units. */
  canSeeRounds: boolean;
  /** 安排轮次, 推进阶段, 录入问题, 复查 and 审核销号: inspectors (in scope) and administrators. */
  canInspect: boolean;
  /** 问题整改看板: inspectors, leaders, administrators and HR of the responsible units. */
  canSeeFindings: boolean;
  /** 巡视全覆盖: inspectors, leaders and administrators. */
  canSeeCoverage: boolean;
  /**
   * 监督执纪 ("四种形态" measures and their distribution): restricted to inspectors, leaders and administrators.
   * HR never sees them, only their effect (on assessment and postings), even when linked to a cadre record.
   */
  canSeeMeasures: boolean;
  /** 运用"四种形态" and 撤销: inspectors in scope and administrators. */
  canApplyMeasures: boolean;
  /** A cadre's own measures, on 我的档案 (the API answers the own to the cadre role only); not to an account that is HR too. */
  canSeeOwnMeasures: boolean;
  /** 通知设置: how the own notifications reach one, for every role the notification API answers. */
  canSetNotifications: boolean;
  /** 我的个人有关事项: an account linked to a cadre files its own report (the API answers the linked account only). */
  canReportPersonalMatters: boolean;
  /** 个人有关事项 填报情况 and the draws: HR, inspectors, leaders and administrators (never the content for HR). */
  canSeePersonalMatters: boolean;
  /** The reports' content and the checks' results: restricted as the measures (inspectors, leaders, administrators). */
  canReadPersonalReports: boolean;
  /** 提拔必查: HR in scope, inspectors and administrators open the mandatory check of a promotion candidate. */
  canOpenPromotionChecks: boolean;
  /**
   * 出国（境）管理: the trips and the passports held of the caller's scope, for HR, inspectors, leaders and
   * administrators (each trip says which commands the caller may give, see `actions`).
   */
  canSeeTravel: boolean;
  /** 登记证照, 注销 and 代为申请 (证照集中保管): HR within its subtree and administrators. */
  canManagePassports: boolean;
  /** 批准 / 不予批准 a trip: leaders and administrators (never their own, the server says). */
  canDecideTrips: boolean;
  /** 我的出国（境）: an account linked to a cadre asks for its own trips (the API answers the linked cadre's own). */
  canAskTrips: boolean;
  /**
   * 选拔任用: the voting sessions (民主推荐、民主测评, their turnout and, once closed, their tally) and the appointment
   * trails (全程纪实) of the caller's reach: HR and inspectors their subtree, leaders and administrators all.
   */
  canSeeSelection: boolean;
  /** 新建投票, 生成投票码, 开始/结束投票, 动议 and every step of a trail: HR of the unit (or above) and administrators. */
  canRunSelection: boolean;
  /** 人才盘点九宫格 of a unit's subtree: HR, leaders and administrators (the service answers no inspector). */
  canSeeTalentGrid: boolean;
  /** Answers one of 凡提四必's checks at all: HR, inspectors and administrators (which ones: the three flags below). */
  canAnswerChecks: boolean;
  /** 干部人事档案专项审核 (凡提必审): HR and administrators. */
  canAnswerFileCheck: boolean;
  /** 纪检监察机关意见 (凡提必听) and 信访举报核查 (凡提必查): inspectors and administrators; 个人有关事项核查 either office. */
  canAnswerDisciplineChecks: boolean;
}

export type AccessKey = keyof Access;

export function accessFor(subject: AccessSubject): Access {
  const roles = new Set(subject.roles ?? []);
  const any = (...wanted: Role[]) => wanted.some((role) => roles.has(role));
  const staff = any('admin', 'leader', 'hr', 'inspector');
  return {
    canSeeHome: true,
    canSeeDashboard: staff,
    canSeeOwnAccount: staff || roles.has('cadre'),
    canSetNotifications: staff || roles.has('cadre'),
    canSeeUnits: staff,
    canSeeCadres: staff,
    canExportCadres: staff,
    canSeePortfolio: staff || roles.has('cadre'),
    canDownloadAppointmentForm: any('admin', 'hr', 'leader'),
    canImportRoster: any('admin', 'hr'),
    canSeeCadreAudit: any('admin', 'hr', 'leader'),
    canSeeOwnProfile: roles.has('cadre') || Boolean(subject.cadreId),
    readsEveryUnit: any('admin', 'leader'),
    canSeeCourses: staff || roles.has('cadre'),
    canManageCourses: any('admin', 'hr'),
    canManageClasses: any('admin', 'hr'),
    canSeePlans: staff,
    canManagePlans: any('admin', 'hr'),
    canSeeCompliance: staff,
    canSeeMyLearning: Boolean(subject.cadreId),
    canSeeClaims: any('admin', 'leader', 'hr'),
    canDecideClaims: any('admin', 'hr'),
    canSeeStudySessions: staff || roles.has('cadre'),
    canSeeUnitStudySessions: staff,
    canRecordStudySessions: any('admin', 'hr'),
    canSeeAssessment: staff,
    canRunAssessment: any('admin', 'hr'),
    canRateReviews: any('admin', 'hr', 'leader'),
    canSeeRegradeReport: any('admin', 'hr', 'leader'),
    canApproveRaisedQuota: any('admin', 'leader'),
    canSeeCapabilityProfiles: staff || roles.has('cadre'),
    canSeeGaps: staff || roles.has('cadre'),
    canSeeMyAssessment: roles.has('cadre') && Boolean(subject.cadreId),
    canSeePostings: staff || roles.has('cadre'),
    canProposePostings: any('admin', 'hr'),
    canSeePostingAudit: staff,
    canSeeTrainingAudit: any('admin', 'hr', 'leader'),
    canSeeTenureDue: staff,
    canSeeRotationProposals: staff || roles.has('cadre'),
    canDecideRotationProposals: any('admin', 'hr'),
    canSeeOpenings: staff,
    canSeeCandidates: any('admin', 'hr', 'leader'),
    canSeeRotationBalance: staff,
    canSeeGrassroots: staff,
    canManageGrassroots: any('admin', 'hr'),
    canKeepGrassroots: Boolean(subject.cadreId),
    canSeeRounds: staff,
    canInspect: any('admin', 'inspector'),
    canSeeFindings: staff,
    canSeeCoverage: any('admin', 'leader', 'inspector'),
    canSeeMeasures: any('admin', 'leader', 'inspector'),
    canApplyMeasures: any('admin', 'inspector'),
    canSeeOwnMeasures: roles.has('cadre') && !roles.has('hr') && Boolean(subject.cadreId),
    canReportPersonalMatters: Boolean(subject.cadreId),
    canSeePersonalMatters: staff,
    canReadPersonalReports: any('admin', 'leader', 'inspector'),
    canOpenPromotionChecks: any('admin', 'hr', 'inspector'),
    canSeeTravel: staff,
    canManagePassports: any('admin', 'hr'),
    canDecideTrips: any('admin', 'leader'),
    canAskTrips: Boolean(subject.cadreId),
    canSeeSelection: staff,
    canRunSelection: any('admin', 'hr'),
    canSeeTalentGrid: any('admin', 'leader', 'hr'),
    canAnswerChecks: any('admin', 'hr', 'inspector'),
    canAnswerFileCheck: any('admin', 'hr'),
    canAnswerDisciplineChecks: any('admin', 'inspector'),
  };
}
