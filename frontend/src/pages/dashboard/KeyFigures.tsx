import { Card, Col, Row, Statistic, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard, DashboardSection, SectionStatus } from '../../api/types';
import { gradeTotals } from '../../domain/dashboard';
import { formatShare } from '../../domain/trainingPlan';

interface Figure {
  key: string;
  /** Left out: the caller may not see the sections it comes from. */
  hidden: boolean;
  title: string;
  value: string | number | undefined;
  suffix?: string;
  /** Drawn in red: beyond the quota, findings overdue. */
  alarming?: boolean;
}

/**
 * The four numbers a leader looks at first: cadres, the share compliant with the 学时 rules, 优秀 against the quota and
 * the rectifications overdue. One whose section the caller may not see is left out; one not answered reads —.
 */
export function KeyFigures({ dashboard, status }: { dashboard: Dashboard; status: (section: DashboardSection) => SectionStatus }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const { assessment, compliance, overdueFindings } = dashboard;
  const cadres = compliance?.cadres ?? assessment?.units?.reduce((sum, unit) => sum + (unit.cadres ?? 0), 0);
  const excellent = assessment ? gradeTotals(assessment.grades).EXCELLENT : undefined;
  const quota = assessment?.excellentQuota ?? 0;
  const overdue = overdueFindings?.total;
  const restricted = (section: DashboardSection) => status(section) === 'RESTRICTED';
  const figures: Figure[] = [
    { key: 'cadres', hidden: restricted('COMPLIANCE') && restricted('ASSESSMENT'), title: t('dashboard.figures.cadres'), value: cadres, suffix: t('dashboard.figures.people') },
    { key: 'rate', hidden: restricted('COMPLIANCE'), title: t('dashboard.figures.complianceRate'), value: compliance ? formatShare(compliance.rate, i18n.language) : undefined },
    {
      key: 'excellent',
      hidden: restricted('ASSESSMENT'),
      title: assessment?.year ? t('dashboard.figures.excellentOf', { year: assessment.year }) : t('dashboard.figures.excellent'),
      value: assessment?.year != null ? excellent : undefined,
      suffix: assessment?.year != null ? t('dashboard.figures.ofQuota', { quota }) : undefined,
      alarming: excellent != null && excellent > quota,
    },
    { key: 'overdue', hidden: restricted('OVERDUE_FINDINGS'), title: t('dashboard.figures.overdue'), value: overdue, suffix: t('dashboard.figures.items'), alarming: (overdue ?? 0) > 0 },
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.filter((figure) => !figure.hidden).map((figure) => (
        <Col xs={24} sm={12} xl={6} key={figure.key}>
          <Card>
            <Statistic
              title={figure.title}
              value={figure.value ?? t('chart.none')}
              suffix={figure.value != null ? figure.suffix : undefined}
              styles={figure.alarming ? { content: { color: token.colorError } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
