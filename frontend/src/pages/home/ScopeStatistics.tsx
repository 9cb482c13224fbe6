import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toSearchParams } from '../../domain/cadreSearch';
import { useCadreCounts, useUnits } from '../../api/queries';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumLabel, RANK_LEVELS, RANK_TIERS } from '../../domain/enums';
import { countUnits, scopeRoots } from '../../domain/unitTree';

/** Real counts for what the user may see: active cadres, by rank tier, and the units in scope. */
export function ScopeStatistics() {
  const { t } = useTranslation();
  const { session, access } = useSignedIn();
  const units = useUnits();
  // One request for the total, one per rank: each reads only `total` of a one-row page.
  const counts = useCadreCounts([{}, ...RANK_LEVELS.map((rank) => ({ rank }))]);
  const [total, ...perRank] = counts;
  const countOf = (rank: (typeof RANK_LEVELS)[number]) => perRank[RANK_LEVELS.indexOf(rank)]?.data;
  const unitsInScope = units.data ? countUnits(scopeRoots(units.data, access.readsEveryUnit, session.unitId)) : undefined;
  const failed = counts.find((count) => count.isError)?.error ?? units.error;

  return (
    <>
      {failed && <ProblemAlert error={failed} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card>
            <Link to="/cadres">
              <Statistic title={t('home.activeCadres')} value={total.data} loading={total.isPending} />
            </Link>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card>
            <Link to="/units">
              <Statistic title={t('home.units')} value={unitsInScope} loading={units.isPending} />
            </Link>
          </Card>
        </Col>
        {RANK_TIERS.map(({ tier, ranks }) => {
          const tierTotal = ranks.every((rank) => countOf(rank) !== undefined)
            ? ranks.reduce((sum, rank) => sum + (countOf(rank) ?? 0), 0)
            : undefined;
          return (
            <Col xs={24} md={8} key={tier}>
              <Card title={t(`rankTier.${tier}`)} extra={tierTotal !== undefined && t('home.people', { count: tierTotal })}>
                {ranks.map((rank) => (
                  <Row key={rank} justify="space-between" style={{ marginBottom: 4 }}>
                    <Link to={`/cadres?${toSearchParams({ rank }).toString()}`}>{enumLabel(t, 'rankLevel', rank)}</Link>
                    {countOf(rank) === undefined ? (
                      <Skeleton.Button active size="small" />
                    ) : (
                      <Typography.Text strong>{countOf(rank)}</Typography.Text>
                    )}
                  </Row>
                ))}
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
