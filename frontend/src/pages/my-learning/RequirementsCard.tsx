import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CadreCompliance } from '../../api/types';
import { RequirementProgress } from '../../components/training/RequirementProgress';
import { ComplianceStatusTag } from '../../components/training/StatusTags';

/** Each requirement that applies to me (五年累计 or 年度, and 网络学习) as a progress bar, with the overall status. */
export function RequirementsCard({ compliance }: { compliance?: CadreCompliance }) {
  const { t } = useTranslation();
  const requirements = compliance?.assessment?.requirements ?? [];
  return (
    <Card
      title={t('myLearning.requirements')}
      extra={compliance?.assessment?.status && <ComplianceStatusTag status={compliance.assessment.status} />}
    >
      {requirements.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myLearning.noRequirements')} />
      ) : (
        <Row gutter={[32, 24]}>
          {requirements.map((requirement) => (
            <Col xs={24} lg={12} key={requirement.kind}>
              <RequirementProgress requirement={requirement} />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
