import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDashboard, useRefreshDashboard } from '../../api/dashboardQueries';
import type { Dashboard, DashboardSection } from '../../api/types';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { cycleYears } from '../../domain/assessmentSearch';
import { dashboardSearchParams, dashboardSectionStatus, dashboardUnitName, dashboardYear, parseDashboardSearch, toDashboardQuery, type DashboardSearch } from '../../domain/dashboard';
import { formatInstant, yearInBeijing } from '../../domain/format';
import { FourFormChart } from '../measures/FourFormChart';
import { CapabilityMap, GradeSummary } from './AssessmentFiguresView';
import { ComplianceFiguresView } from './ComplianceFiguresView';
import { balanceLink, complianceLink, coverageLink, cyclesLink, gapsLink, measuresLink, overdueFindingsLink, postingsLink } from './drillDown';
import { CoverageFiguresView, OverdueFindingsView } from './InspectionFiguresView';
import { KeyFigures } from './KeyFigures';
import { RotationFiguresView } from './RotationFiguresView';
import { SectionCard } from './SectionCard';

/**
 * 领导驾驶舱 (统计分析): a unit's figures by its child units, each computed by the service that owns it — the eight
 * capabilities, 学时 compliance, grades against the 优秀 quota, postings, inspection coverage and overdue rectifications,
 * the four forms — each card leading to the list behind it. Unit and year are in the URL; 刷新 asks the owners again.
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const thisYear = yearInBeijing();
  const [params, setParams] = useSearchParams();
  const search = parseDashboardSearch(params, thisYear);
  const query = toDashboardQuery(search);
  const dashboard = useDashboard(query);
  const refresh = useRefreshDashboard(query);
  const setSearch = (next: DashboardSearch) => setParams(dashboardSearchParams(next));
  const data = dashboard.data;
  const serverYear = data ? dashboardYear(data) : undefined;

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('dashboard.title')}
        extra={
          data && (
            <Space wrap>
              <Typography.Text type="secondary">{t('dashboard.composedAt', { at: formatInstant(data.composedAt, i18n.language) })}</Typography.Text>
              <Button icon={<ReloadOutlined />} loading={refresh.isPending} onClick={() => refresh.mutate()}>
                {t('dashboard.refresh')}
              </Button>
            </Space>
          )
        }
      >
        <Flex wrap gap={12} align="center">
          <UnitTreeSelect
            aria-label={t('dashboard.filter.unit')}
            placeholder={(data && dashboardUnitName(data)) ?? t('dashboard.filter.unit')}
            allowClear
            value={search.unitId}
            onChange={(unitId?: string) => setSearch({ ...search, unitId: unitId || undefined })}
            style={{ width: 260 }}
            popupMatchSelectWidth={360}
          />
          <Select<number>
            aria-label={t('dashboard.filter.year')}
            placeholder={serverYear ? t('dashboard.filter.latestYear', { year: serverYear }) : t('dashboard.filter.year')}
            allowClear
            value={search.year}
            onChange={(year) => setSearch({ ...search, year })}
            options={cycleYears(thisYear, search.year ?? serverYear).map((value) => ({ value, label: t('dashboard.filter.yearOption', { year: value }) }))}
            style={{ width: 180 }}
          />
          <Typography.Text type="secondary">{t('dashboard.hint')}</Typography.Text>
        </Flex>
      </Card>
      {dashboard.isError && <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {refresh.isError && <ProblemAlert error={refresh.error} onRetry={() => refresh.mutate()} />}
      {dashboard.isPending ? <PageLoading /> : data && <DashboardView dashboard={data} onRetry={() => refresh.mutate()} retrying={refresh.isPending} />}
    </Flex>
  );
}

function DashboardView({ dashboard, onRetry, retrying }: { dashboard: Dashboard; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  const status = (section: DashboardSection) => dashboardSectionStatus(dashboard, section);
  const card = (section: DashboardSection) => ({ section, status: status(section), onRetry, retrying });
  // A card the caller may not see takes no room: its neighbour fills the row.
  const shown = (section: DashboardSection) => status(section) !== 'RESTRICTED';
  const { assessment, compliance, rotation, coverage, overdueFindings, forms } = dashboard;
  // Sections each owner resolved the unit of; the overdue findings (a filtered list) name no unit of their own.
  const unitId = assessment?.unitId ?? compliance?.unitId ?? rotation?.unitId ?? coverage?.unitId ?? forms?.unitId ?? dashboard.unitId ?? undefined;
  const link = (to: string, label: string): ReactNode => <Link to={to}>{label}</Link>;

  return (
    <Flex vertical gap={16}>
      <KeyFigures dashboard={dashboard} status={status} />
      <SectionCard
        {...card('ASSESSMENT')}
        title={t('dashboard.capabilities.title')}
        data={assessment}
        extra={assessment && link(gapsLink(assessment.unitId), t('dashboard.links.gaps'))}
      >
        {(figures) => <CapabilityMap figures={figures} />}
      </SectionCard>
      <SectionCard
        {...card('COMPLIANCE')}
        title={t('dashboard.compliance.title')}
        data={compliance}
        extra={
          compliance && (
            <Space wrap>
              <Typography.Text type="secondary">{t('compliance.assessedOn', { date: compliance.assessedOn })}</Typography.Text>
              {link(complianceLink(compliance.unitId), t('dashboard.links.compliance'))}
            </Space>
          )
        }
      >
        {(figures) => <ComplianceFiguresView figures={figures} />}
      </SectionCard>
      <Row gutter={[16, 16]}>
        {shown('ASSESSMENT') && (
          <Col xs={24} xl={shown('ROTATION') ? 10 : 24}>
            <SectionCard
              {...card('ASSESSMENT')}
              title={t('dashboard.grades.title')}
              data={assessment}
              extra={assessment && link(cyclesLink(assessment.unitId, assessment.year), t('dashboard.links.cycles'))}
            >
              {(figures) => <GradeSummary figures={figures} />}
            </SectionCard>
          </Col>
        )}
        {shown('ROTATION') && (
          <Col xs={24} xl={shown('ASSESSMENT') ? 14 : 24}>
            <SectionCard
              {...card('ROTATION')}
              title={rotation?.year ? t('dashboard.rotation.titleOf', { year: rotation.year }) : t('dashboard.rotation.title')}
              data={rotation}
              extra={
                rotation && (
                  <Space separator="·">
                    {link(postingsLink(rotation.unitId), t('dashboard.links.postings'))}
                    {link(balanceLink(rotation.unitId, rotation.year), t('dashboard.links.balance'))}
                  </Space>
                )
              }
            >
              {(balance) => <RotationFiguresView balance={balance} />}
            </SectionCard>
          </Col>
        )}
      </Row>
      <Row gutter={[16, 16]}>
        {shown('COVERAGE') && (
          <Col xs={24} xl={shown('OVERDUE_FINDINGS') ? 12 : 24}>
            <SectionCard
              {...card('COVERAGE')}
              title={t('dashboard.coverage.title')}
              data={coverage}
              extra={coverage && link(coverageLink(coverage.unitId), t('dashboard.links.coverage'))}
            >
              {(figures) => <CoverageFiguresView coverage={figures} />}
            </SectionCard>
          </Col>
        )}
        {shown('OVERDUE_FINDINGS') && (
          <Col xs={24} xl={shown('COVERAGE') ? 12 : 24}>
            <SectionCard
              {...card('OVERDUE_FINDINGS')}
              title={t('dashboard.overdue.title')}
              data={overdueFindings}
              extra={link(overdueFindingsLink(unitId), t('dashboard.links.overdue'))}
            >
              {(page) => <OverdueFindingsView page={page} />}
            </SectionCard>
          </Col>
        )}
      </Row>
      <SectionCard {...card('FORMS')} title={t('dashboard.forms.title')} data={forms} extra={forms && link(measuresLink(forms.unitId), t('dashboard.links.measures'))}>
        {(distribution) => <FourFormChart distribution={distribution} />}
      </SectionCard>
    </Flex>
  );
}
