import {
  AimOutlined,
  AppstoreOutlined,
  ContactsOutlined,
  NodeIndexOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  BulbOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  CompassOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FormOutlined,
  FundOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  PieChartOutlined,
  ProfileOutlined,
  RadarChartOutlined,
  ReadOutlined,
  ReconciliationOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SendOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute, PublicRoute } from './appRoute';

export type { AppRoute, PublicRoute } from './appRoute';

const HomePage = lazy(() => import('../pages/home/HomePage'));
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage'));
const UnitsPage = lazy(() => import('../pages/units/UnitsPage'));
const CadreListPage = lazy(() => import('../pages/cadres/CadreListPage'));
const CadreDetailPage = lazy(() => import('../pages/cadre-detail/CadreDetailPage'));
const CadrePortfolioPage = lazy(() => import('../pages/cadre-portfolio/CadrePortfolioPage'));
const RosterImportPage = lazy(() => import('../pages/roster-import/RosterImportPage'));
const MyProfilePage = lazy(() => import('../pages/my-profile/MyProfilePage'));
const CoursesPage = lazy(() => import('../pages/courses/CoursesPage'));
const ClassListPage = lazy(() => import('../pages/classes/ClassListPage'));
const ClassDetailPage = lazy(() => import('../pages/classes/ClassDetailPage'));
const PlansPage = lazy(() => import('../pages/plans/PlansPage'));
const CompliancePage = lazy(() => import('../pages/compliance/CompliancePage'));
const ClaimsPage = lazy(() => import('../pages/claims/ClaimsPage'));
const StudySessionsPage = lazy(() => import('../pages/study/StudySessionsPage'));
const MyLearningPage = lazy(() => import('../pages/my-learning/MyLearningPage'));
const CycleListPage = lazy(() => import('../pages/assessment-cycles/CycleListPage'));
const CycleDetailPage = lazy(() => import('../pages/assessment-cycle/CycleDetailPage'));
const GapsPage = lazy(() => import('../pages/gaps/GapsPage'));
const CapabilityProfilePage = lazy(() => import('../pages/capability-profile/CapabilityProfilePage'));
const MyAssessmentPage = lazy(() => import('../pages/my-assessment/MyAssessmentPage'));
const PostingsPage = lazy(() => import('../pages/postings/PostingsPage'));
const PostingDetailPage = lazy(() => import('../pages/posting-detail/PostingDetailPage'));
const DuePage = lazy(() => import('../pages/rotation-due/DuePage'));
const ProposalsPage = lazy(() => import('../pages/rotation-proposals/ProposalsPage'));
const BalancePage = lazy(() => import('../pages/rotation-balance/BalancePage'));
const GrassrootsPage = lazy(() => import('../pages/grassroots/GrassrootsPage'));
const MyGrassrootsPage = lazy(() => import('../pages/grassroots/MyGrassrootsPage'));
const RoundsPage = lazy(() => import('../pages/inspection-rounds/RoundsPage'));
const RoundDetailPage = lazy(() => import('../pages/inspection-round/RoundDetailPage'));
const FindingsPage = lazy(() => import('../pages/findings/FindingsPage'));
const CoveragePage = lazy(() => import('../pages/coverage/CoveragePage'));
const MeasuresPage = lazy(() => import('../pages/measures/MeasuresPage'));
const PersonalMattersPage = lazy(() => import('../pages/personal-matters/PersonalMattersPage'));
const MyPersonalMattersPage = lazy(() => import('../pages/personal-matters/MyPersonalMattersPage'));
const TravelPage = lazy(() => import('../pages/travel/TravelPage'));
const MyTravelPage = lazy(() => import('../pages/travel/MyTravelPage'));
const NotificationSettingsPage = lazy(() => import('../pages/notification-settings/NotificationSettingsPage'));
const VotingSessionsPage = lazy(() => import('../pages/selection-sessions/VotingSessionsPage'));
const VotingSessionPage = lazy(() => import('../pages/selection-session/VotingSessionPage'));
const AppointmentsPage = lazy(() => import('../pages/selection-appointments/AppointmentsPage'));
const AppointmentPage = lazy(() => import('../pages/selection-appointment/AppointmentPage'));
const AppointmentRecordPage = lazy(() => import('../pages/selection-appointment/AppointmentRecordPage'));
const BallotPage = lazy(() => import('../pages/selection-ballot/BallotPage'));
const PoolsPage = lazy(() => import('../pages/selection-pools/PoolsPage'));
const PoolPage = lazy(() => import('../pages/selection-pool/PoolPage'));
const KeyPostsPage = lazy(() => import('../pages/selection-key-posts/KeyPostsPage'));
const KeyPostPage = lazy(() => import('../pages/selection-key-post/KeyPostPage'));
const TalentGridPage = lazy(() => import('../pages/selection-talent-grid/TalentGridPage'));


/** Every page of the app, in menu order. The router, the side menu and the home page links read this list. */
export const appRoutes: AppRoute[] = [
  { path: '/', element: <HomePage />, access: 'canSeeHome', menu: { labelKey: 'menu.home', icon: <HomeOutlined /> } },
  { path: '/dashboard', element: <DashboardPage />, access: 'canSeeDashboard', menu: { labelKey: 'menu.dashboard', icon: <DashboardOutlined /> } },
  { path: '/units', element: <UnitsPage />, access: 'canSeeUnits', menu: { labelKey: 'menu.units', icon: <ApartmentOutlined /> } },
  { path: '/cadres', element: <CadreListPage />, access: 'canSeeCadres', menu: { labelKey: 'menu.cadres', icon: <TeamOutlined /> } },
  { path: '/cadres/:id', element: <CadreDetailPage />, access: 'canSeeCadres', menuParent: '/cadres' },
  { path: '/cadres/:id/portfolio', element: <CadrePortfolioPage />, access: 'canSeePortfolio', menuParent: '/cadres' },
  {
    path: '/roster-import',
    element: <RosterImportPage />,
    access: 'canImportRoster',
    menu: { labelKey: 'menu.rosterImport', icon: <CloudUploadOutlined /> },
  },
  { path: '/courses', element: <CoursesPage />, access: 'canSeeCourses', menu: { labelKey: 'menu.courses', icon: <BookOutlined /> } },
  { path: '/classes', element: <ClassListPage />, access: 'canManageClasses', menu: { labelKey: 'menu.classes', icon: <ScheduleOutlined /> } },
  { path: '/classes/:id', element: <ClassDetailPage />, access: 'canManageClasses', menuParent: '/classes' },
  { path: '/plans', element: <PlansPage />, access: 'canSeePlans', menu: { labelKey: 'menu.plans', icon: <AimOutlined /> } },
  { path: '/compliance', element: <CompliancePage />, access: 'canSeeCompliance', menu: { labelKey: 'menu.compliance', icon: <FundOutlined /> } },
  { path: '/training/claims', element: <ClaimsPage />, access: 'canSeeClaims', menu: { labelKey: 'menu.claims', icon: <FileDoneOutlined /> } },
  {
    path: '/training/study-sessions',
    element: <StudySessionsPage />,
    access: 'canSeeStudySessions',
    menu: { labelKey: 'menu.studySessions', icon: <ReconciliationOutlined /> },
  },
  {
    path: '/assessment/cycles',
    element: <CycleListPage />,
    access: 'canSeeAssessment',
    menu: { labelKey: 'menu.assessmentCycles', icon: <AuditOutlined /> },
  },
  { path: '/assessment/cycles/:id', element: <CycleDetailPage />, access: 'canSeeAssessment', menuParent: '/assessment/cycles' },
  { path: '/assessment/gaps', element: <GapsPage />, access: 'canSeeGaps', menu: { labelKey: 'menu.gaps', icon: <RadarChartOutlined /> } },
  { path: '/assessment/profiles/:cadreId', element: <CapabilityProfilePage />, access: 'canSeeCapabilityProfiles', menuParent: '/cadres' },
  { path: '/rotation/postings', element: <PostingsPage />, access: 'canSeePostings', menu: { labelKey: 'menu.postings', icon: <SwapOutlined /> } },
  { path: '/rotation/postings/:id', element: <PostingDetailPage />, access: 'canSeePostings', menuParent: '/rotation/postings' },
  { path: '/rotation/due', element: <DuePage />, access: 'canSeeTenureDue', menu: { labelKey: 'menu.tenureDue', icon: <FieldTimeOutlined /> } },
  {
    path: '/rotation/proposals',
    element: <ProposalsPage />,
    access: 'canSeeRotationProposals',
    menu: { labelKey: 'menu.rotationProposals', icon: <BulbOutlined /> },
  },
  {
    path: '/rotation/balance',
    element: <BalancePage />,
    access: 'canSeeRotationBalance',
    menu: { labelKey: 'menu.rotationBalance', icon: <BarChartOutlined /> },
  },
  {
    path: '/rotation/grassroots',
    element: <GrassrootsPage />,
    access: 'canSeeGrassroots',
    menu: { labelKey: 'menu.grassroots', icon: <EnvironmentOutlined /> },
  },
  { path: '/inspection/rounds', element: <RoundsPage />, access: 'canSeeRounds', menu: { labelKey: 'menu.rounds', icon: <SafetyCertificateOutlined /> } },
  { path: '/inspection/rounds/:id', element: <RoundDetailPage />, access: 'canSeeRounds', menuParent: '/inspection/rounds' },
  { path: '/inspection/findings', element: <FindingsPage />, access: 'canSeeFindings', menu: { labelKey: 'menu.findings', icon: <FileSearchOutlined /> } },
  { path: '/inspection/coverage', element: <CoveragePage />, access: 'canSeeCoverage', menu: { labelKey: 'menu.coverage', icon: <PieChartOutlined /> } },
  { path: '/inspection/measures', element: <MeasuresPage />, access: 'canSeeMeasures', menu: { labelKey: 'menu.measures', icon: <AlertOutlined /> } },
  {
    path: '/inspection/personal-matters',
    element: <PersonalMattersPage />,
    access: 'canSeePersonalMatters',
    menu: { labelKey: 'menu.personalMatters', icon: <ProfileOutlined /> },
  },
  { path: '/inspection/travel', element: <TravelPage />, access: 'canSeeTravel', menu: { labelKey: 'menu.travel', icon: <GlobalOutlined /> } },
  {
    path: '/selection/voting-sessions',
    element: <VotingSessionsPage />,
    access: 'canSeeSelection',
    menu: { labelKey: 'menu.votingSessions', icon: <CheckSquareOutlined /> },
  },
  { path: '/selection/voting-sessions/:id', element: <VotingSessionPage />, access: 'canSeeSelection', menuParent: '/selection/voting-sessions' },
  {
    path: '/selection/appointments',
    element: <AppointmentsPage />,
    access: 'canSeeSelection',
    menu: { labelKey: 'menu.appointments', icon: <TrophyOutlined /> },
  },
  { path: '/selection/appointments/:id', element: <AppointmentPage />, access: 'canSeeSelection', menuParent: '/selection/appointments' },
  // 纪实表: the whole record laid out for paper, reached from the trail's page
  { path: '/selection/appointments/:id/record', element: <AppointmentRecordPage />, access: 'canSeeSelection', menuParent: '/selection/appointments' },
  { path: '/selection/pools', element: <PoolsPage />, access: 'canSeeSelection', menu: { labelKey: 'menu.pools', icon: <ContactsOutlined /> } },
  { path: '/selection/pools/:id', element: <PoolPage />, access: 'canSeeSelection', menuParent: '/selection/pools' },
  { path: '/selection/key-posts', element: <KeyPostsPage />, access: 'canSeeSelection', menu: { labelKey: 'menu.keyPosts', icon: <NodeIndexOutlined /> } },
  { path: '/selection/key-posts/:id', element: <KeyPostPage />, access: 'canSeeSelection', menuParent: '/selection/key-posts' },
  { path: '/selection/talent-grid', element: <TalentGridPage />, access: 'canSeeTalentGrid', menu: { labelKey: 'menu.talentGrid', icon: <AppstoreOutlined /> } },
  {
    path: '/my-profile',
    element: <MyProfilePage />,
    access: 'canSeeOwnProfile',
    menu: { labelKey: 'menu.myProfile', icon: <IdcardOutlined /> },
  },
  { path: '/my-learning', element: <MyLearningPage />, access: 'canSeeMyLearning', menu: { labelKey: 'menu.myLearning', icon: <ReadOutlined /> } },
  {
    path: '/assessment/me',
    element: <MyAssessmentPage />,
    access: 'canSeeMyAssessment',
    menu: { labelKey: 'menu.myAssessment', icon: <SolutionOutlined /> },
  },
  {
    path: '/personal-matters/me',
    element: <MyPersonalMattersPage />,
    access: 'canReportPersonalMatters',
    menu: { labelKey: 'menu.myPersonalMatters', icon: <FormOutlined /> },
  },
  { path: '/travel/me', element: <MyTravelPage />, access: 'canAskTrips', menu: { labelKey: 'menu.myTravel', icon: <SendOutlined /> } },
  {
    path: '/rotation/grassroots/me',
    element: <MyGrassrootsPage />,
    access: 'canKeepGrassroots',
    menu: { labelKey: 'menu.myGrassroots', icon: <CompassOutlined /> },
  },
  // reached from the bell's drawer and the e-mail's footer, not the menu
  { path: '/settings/notifications', element: <NotificationSettingsPage />, access: 'canSetNotifications' },
];

/** The pages anyone opens without a login, outside the app's layout (see PublicRoute). */
export const publicRoutes: PublicRoute[] = [
  // 网上投票: a voter types the one-time code printed on the slip; the code is the credential, never in the address
  { path: '/ballot', element: <BallotPage /> },
];
