import { Alert, Card, Col, Empty, Flex, Row, Select, Space, Statistic, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTalentGrid } from '../../api/selectionQueries';
import type { GridBand, RankLevel, TalentGrid, TalentGridCell } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { enumLabel, enumOptions, GRID_BANDS, RANK_LEVELS } from '../../domain/enums';
import { cadreLabel } from '../../domain/format';

/** Rows top to bottom: performance high first; columns left to right: potential low first. */
const PERFORMANCE_ROWS: readonly GridBand[] = GRID_BANDS;
const POTENTIAL_COLUMNS: readonly GridBand[] = [...GRID_BANDS].reverse();

/** The cell of a performance and a potential, or an empty one when the service sent none. */
function cellOf(grid: TalentGrid, performance: GridBand, potential: GridBand): TalentGridCell {
  return grid.cells.find((cell) => cell.performance === performance && cell.potential === potential) ?? { performance, potential, count: 0, people: [] };
}

/**
 * 人才盘点九宫格: a unit's cadres (with its subunits, of one level if asked) by performance (the latest annual grade) and
 * potential (the mean capability score); each cell its count and its people, the highest potential first.
 */
export default function TalentGridPage() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const [unitId, setUnitId] = useState<string | undefined>(session.unitId ?? undefined);
  const [level, setLevel] = useState<RankLevel>();
  const grid = useTalentGrid(unitId, level);

  return (
    <Card title={t('selection.grid.title')}>
      <Flex vertical gap={16}>
        <Flex wrap gap={12} align="center">
          <UnitTreeSelect
            aria-label={t('selection.grid.unit')}
            placeholder={t('selection.grid.unit')}
            value={unitId}
            onChange={(value?: string) => setUnitId(value || undefined)}
            style={{ width: 280 }}
            popupMatchSelectWidth={360}
          />
          <Select<RankLevel>
            aria-label={t('selection.grid.level')}
            placeholder={t('selection.grid.level')}
            allowClear
            options={enumOptions(t, 'rankLevel', RANK_LEVELS)}
            value={level}
            onChange={(value) => setLevel(value ?? undefined)}
            style={{ width: 160 }}
          />
        </Flex>
        {!unitId ? (
          <Empty description={t('selection.grid.pickUnit')} />
        ) : grid.isError ? (
          <ProblemAlert error={grid.error} onRetry={() => void grid.refetch()} />
        ) : grid.isPending ? (
          <PageLoading />
        ) : (
          <GridView grid={grid.data} />
        )}
      </Flex>
    </Card>
  );
}

function GridView({ grid }: { grid: TalentGrid }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Alert type="info" showIcon title={t('selection.grid.bounds', { high: grid.high, low: grid.low })} />
      <Space size={32} wrap>
        <Statistic title={t('selection.grid.placed')} value={grid.placed} suffix={t('selection.grid.people')} />
        <Statistic title={t('selection.grid.withoutGrade')} value={grid.withoutGrade} suffix={t('selection.grid.people')} />
        <Statistic title={t('selection.grid.withoutScores')} value={grid.withoutScores} suffix={t('selection.grid.people')} />
      </Space>
      <Flex gap={8}>
        <Flex align="center" justify="center" style={{ writingMode: 'vertical-rl', width: 24 }}>
          <Typography.Text type="secondary">{t('selection.grid.performance')}</Typography.Text>
        </Flex>
        <Flex vertical gap={8} style={{ flex: 1 }}>
          {PERFORMANCE_ROWS.map((performance) => (
            <Row key={performance} gutter={[8, 8]} wrap={false}>
              {POTENTIAL_COLUMNS.map((potential) => (
                <Col key={potential} span={8}>
                  <GridCell cell={cellOf(grid, performance, potential)} />
                </Col>
              ))}
            </Row>
          ))}
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            {t('selection.grid.potential')}
          </Typography.Text>
        </Flex>
      </Flex>
    </Flex>
  );
}

/** One cell: its place (业绩高 · 潜力低), its count and the people the service sent, with the total when more. */
function GridCell({ cell }: { cell: TalentGridCell }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const title = t('selection.grid.cell', { performance: enumLabel(t, 'gridBand', cell.performance), potential: enumLabel(t, 'gridBand', cell.potential) });
  const star = cell.performance === 'HIGH' && cell.potential === 'HIGH';
  return (
    <Card
      size="small"
      title={title}
      extra={<Typography.Text strong>{t('selection.grid.count', { count: cell.count })}</Typography.Text>}
      role="region"
      aria-label={title}
      style={{ height: '100%', background: star ? token.colorSuccessBg : undefined }}
    >
      {cell.people.length === 0 ? (
        <Typography.Text type="secondary">{t('selection.grid.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={4} role="list">
          {cell.people.map((placed) => (
            <Flex key={placed.person.cadreId} justify="space-between" gap={8} role="listitem">
              <Typography.Text ellipsis title={[placed.person.unitName, placed.positionTitle].filter(Boolean).join(' · ')}>
                {cadreLabel(placed.person.name, placed.person.employeeNumber)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {t('selection.grid.personFacts', { grade: enumLabel(t, 'grade', placed.grade), year: placed.gradeYear, score: placed.potentialScore })}
              </Typography.Text>
            </Flex>
          ))}
          {cell.count > cell.people.length && <Typography.Text type="secondary">{t('selection.grid.more', { count: cell.count })}</Typography.Text>}
        </Flex>
      )}
    </Card>
  );
}
