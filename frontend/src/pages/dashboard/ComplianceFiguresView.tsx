import { Col, Empty, Flex, Row, Table, Typography, theme, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ComplianceFigures, UnitComplianceFigures } from '../../api/types';
import { ProvinceMap } from '../../components/charts/ProvinceMap';
import { StackedBarChart } from '../../components/charts/StackedBarChart';
import { complianceBreakdown, complianceByRank, unitRank, unitRowKey } from '../../domain/dashboard';
import { COMPLIANCE_STATUSES, enumLabel, RANK_LEVELS } from '../../domain/enums';
import { formatShare } from '../../domain/trainingPlan';
import { complianceLink, useUnitLabel } from './drillDown';

/**
 * 学时达标率 by unit: the provinces on China's map (a province, on the map or in its table, leads to its cadres'
 * compliance), the other units (本级, the bureau's departments, a province's cities) as bars; the whole unit by rank
 * as bars of the statuses; and each unit's rate by rank as a table.
 */
export function ComplianceFiguresView({ figures }: { figures: ComplianceFigures }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const label = useUnitLabel();
  if ((figures.cadres ?? 0) === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.compliance.empty')} />;

  const share = (value: number) => formatShare(value, i18n.language);
  const { provinces, others } = complianceBreakdown(figures);
  const ranks = complianceByRank(figures);
  const statusColors = {
    COMPLIANT: token.colorSuccess,
    ON_TRACK: token.colorPrimary,
    GRACE: '#d4b106',
    AT_RISK: token.colorWarning,
    SHORTFALL: token.colorError,
  } as const;
  const chooseProvince = (code: string) => {
    const province = provinces.find((unit) => unit.unitCode === code);
    if (province) navigate(complianceLink(province.unitId));
  };

  return (
    <Flex vertical gap={16}>
      <Row gutter={[24, 16]}>
        {provinces.length > 0 && (
          <Col xs={24} xl={others.length > 0 ? 14 : 24}>
            <ProvinceMap
              values={provinces.map((unit) => ({ province: unit.unitCode, name: unit.unitName, value: unit.rate }))}
              valueLabel={t('dashboard.compliance.rate')}
              formatter={share}
              onSelect={chooseProvince}
            />
          </Col>
        )}
        {others.length > 0 && (
          <Col xs={24} xl={provinces.length > 0 ? 10 : 24}>
            <StackedBarChart
              title={t(provinces.length > 0 ? 'dashboard.compliance.othersTitle' : 'dashboard.compliance.unitsTitle', { unit: figures.unitName })}
              rowTitle={t('chart.unit')}
              series={[{ key: 'rate', label: t('dashboard.compliance.rate'), color: token.colorSuccess }]}
              max={1}
              segmentLabels={false}
              format={share}
              rows={others.map((unit) => ({
                key: unitRowKey(unit),
                label: label(unit),
                values: [unit.rate],
                note: t('dashboard.compliance.rateNote', { rate: share(unit.rate), compliant: unit.byStatus?.COMPLIANT ?? 0, cadres: unit.cadres }),
              }))}
            />
          </Col>
        )}
      </Row>
      {ranks.length > 0 && (
        <Flex vertical gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('dashboard.compliance.byRank')}
          </Typography.Title>
          <StackedBarChart
            title={t('dashboard.compliance.byRankTitle', {
              unit: figures.unitName,
              summary: ranks.map((rank) => t('dashboard.compliance.rankRate', { rank: enumLabel(t, 'rankLevel', rank.rankLevel), rate: share(rank.rate) })).join(t('rotation.balance.separator')),
            })}
            rowTitle={t('fields.cadre.rankLevel')}
            series={COMPLIANCE_STATUSES.map((status) => ({ key: status, label: enumLabel(t, 'complianceStatus', status), color: statusColors[status] }))}
            rows={ranks.map((rank) => ({
              key: rank.rankLevel,
              label: enumLabel(t, 'rankLevel', rank.rankLevel),
              values: COMPLIANCE_STATUSES.map((status) => rank.byStatus[status]),
              note: t('dashboard.compliance.rankNote', { rate: share(rank.rate) }),
            }))}
          />
        </Flex>
      )}
      <UnitRankTable figures={figures} />
    </Flex>
  );
}

/** Each unit's rate, in all and by rank, its name leading to its cadres' compliance. */
function UnitRankTable({ figures }: { figures: ComplianceFigures }) {
  const { t, i18n } = useTranslation();
  const label = useUnitLabel();
  const units = (figures.units ?? []).filter((unit) => unit.cadres > 0);
  const ranks = RANK_LEVELS.filter((rankLevel) => units.some((unit) => unitRank(unit, rankLevel)));
  const share = (value: number) => formatShare(value, i18n.language);
  const columns: TableColumnsType<UnitComplianceFigures> = [
    { title: t('chart.unit'), key: 'unit', fixed: 'left', width: 200, render: (_, unit) => <Link to={complianceLink(unit.unitId)}>{label(unit)}</Link> },
    { title: t('dashboard.compliance.cadres'), dataIndex: 'cadres', key: 'cadres', align: 'right', width: 80 },
    { title: t('dashboard.compliance.rate'), key: 'rate', align: 'right', width: 100, render: (_, unit) => share(unit.rate) },
    ...ranks.map((rankLevel) => ({
      title: enumLabel(t, 'rankLevel', rankLevel),
      key: rankLevel,
      align: 'right' as const,
      width: 100,
      render: (_: unknown, unit: UnitComplianceFigures) => {
        const rank = unitRank(unit, rankLevel);
        return rank ? share(rank.rate) : t('chart.none');
      },
    })),
  ];
  return (
    <Table<UnitComplianceFigures>
      rowKey={unitRowKey}
      size="small"
      columns={columns}
      dataSource={units}
      pagination={false}
      scroll={{ x: 380 + ranks.length * 100, y: 360 }}
    />
  );
}
