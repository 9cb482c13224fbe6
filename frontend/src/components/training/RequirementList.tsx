import { Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CadreCompliance } from '../../api/types';
import { RequirementProgress } from './RequirementProgress';

/** Each training-hour requirement that applies to a cadre (五年累计 or 年度, and 网络学习) as a progress bar. */
export function RequirementList({ compliance }: { compliance?: CadreCompliance | null }) {
  const { t } = useTranslation();
  const requirements = compliance?.assessment?.requirements ?? [];
  if (requirements.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myLearning.noRequirements')} />;
  return (
    <Row gutter={[32, 24]}>
      {requirements.map((requirement) => (
        <Col xs={24} lg={12} key={requirement.kind}>
          <RequirementProgress requirement={requirement} />
        </Col>
      ))}
    </Row>
  );
}
