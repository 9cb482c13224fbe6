import { Col, Empty, Flex, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RotationBalance } from '../../api/types';
import { RegionFlowChart } from '../../components/charts/RegionFlowChart';
import { PostingTypeChart } from '../../components/rotation/PostingTypeChart';
import { flowMatrix, typeCounts } from '../../domain/rotation';

/** 实践锻炼 of the year: postings in all, across regions and departments; the east/central/west flows and the postings by type. */
export function RotationFiguresView({ balance }: { balance: RotationBalance }) {
  const { t } = useTranslation();
  const matrix = flowMatrix(balance.flows);
  const total = typeCounts(balance.byType).reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.rotation.empty')} />;
  return (
    <Flex vertical gap={16}>
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('rotation.balance.total')} value={total} suffix={t('rotation.balance.unit')} />
        </Col>
        <Col span={8}>
          <Statistic title={t('rotation.balance.crossRegion')} value={balance.crossRegion ?? 0} suffix={t('rotation.balance.unit')} />
        </Col>
        <Col span={8}>
          <Statistic title={t('rotation.balance.crossDepartment')} value={balance.crossDepartment ?? 0} suffix={t('rotation.balance.unit')} />
        </Col>
      </Row>
      {matrix.total === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rotation.balance.noFlows')} /> : <RegionFlowChart matrix={matrix} />}
      <PostingTypeChart byType={balance.byType} />
    </Flex>
  );
}
