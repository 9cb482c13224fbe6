import { Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AssessmentFigures, UnitAssessmentFigures } from '../../api/types';
import { CapabilityHeatmap } from '../../components/charts/CapabilityHeatmap';
import { GradeDistributionChart } from '../../components/charts/GradeDistributionChart';
import { assessedCadres, capabilityRows, gradeTotals, hasCapabilityScores, unitRowKey } from '../../domain/dashboard';
import { cyclesLink, gapsLink, useUnitLabel } from './drillDown';

/** 八项本领 by unit: the heat map of average scores; a cell leads to the open gaps of that unit and capability. */
export function CapabilityMap({ figures }: { figures: AssessmentFigures }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const label = useUnitLabel();
  const rows = capabilityRows(figures);
  if (!hasCapabilityScores(rows)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.capabilities.empty')} />;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('dashboard.capabilities.hint')}</Typography.Text>
      <CapabilityHeatmap
        title={t('dashboard.capabilities.chartTitle', { unit: figures.unitName })}
        rows={rows.map((row) => ({ key: row.unitId, label: label(row), averages: row.averages, openGaps: row.openGaps }))}
        onSelect={(unitId, capability) => navigate(gapsLink(unitId, capability))}
      />
    </Flex>
  );
}

/** 等次分布 of the year against the sum of the cycles' 优秀 quotas, and each unit's 优秀 against its own. */
export function GradeSummary({ figures }: { figures: AssessmentFigures }) {
  const { t } = useTranslation();
  const label = useUnitLabel();
  if (figures.year == null) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.grades.noYear')} />;
  const assessed = assessedCadres(figures);
  const units = (figures.units ?? []).filter((unit) => assessedCadres(unit) > 0);
  const columns: TableColumnsType<UnitAssessmentFigures> = [
    {
      title: t('chart.unit'),
      key: 'unit',
      render: (_, unit) => <Link to={cyclesLink(unit.unitId, figures.year)}>{label(unit)}</Link>,
    },
    { title: t('dashboard.grades.assessed'), key: 'assessed', align: 'right', width: 80, render: (_, unit) => assessedCadres(unit) },
    {
      title: t('dashboard.grades.excellentOfQuota'),
      key: 'excellent',
      align: 'right',
      width: 130,
      render: (_, unit) => {
        const excellent = gradeTotals(unit.grades).EXCELLENT;
        const over = excellent - (unit.excellentQuota ?? 0);
        return (
          <Flex gap={4} justify="flex-end" align="center">
            {`${excellent} / ${unit.excellentQuota ?? 0}`}
            {over > 0 && <Tag color="error">{t('dashboard.grades.over', { count: over })}</Tag>}
          </Flex>
        );
      },
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('dashboard.grades.yearOf', { year: figures.year, count: assessed })}</Typography.Text>
      {assessed === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.grades.empty')} />
      ) : (
        <GradeDistributionChart counts={gradeTotals(figures.grades)} quota={figures.excellentQuota ?? 0} assessed={assessed} />
      )}
      {units.length > 0 && (
        <Table<UnitAssessmentFigures>
          rowKey={unitRowKey}
          size="small"
          columns={columns}
          dataSource={units}
          pagination={false}
          scroll={{ y: 280 }}
        />
      )}
    </Flex>
  );
}
