import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CadreCompliance } from '../../api/types';
import { RequirementList } from '../../components/training/RequirementList';
import { ComplianceStatusTag } from '../../components/training/StatusTags';

/** Each requirement that applies to me (五年累计 or 年度, and 网络学习) as a progress bar, with the overall status. */
export function RequirementsCard({ compliance }: { compliance?: CadreCompliance }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('myLearning.requirements')}
      extra={compliance?.assessment?.status && <ComplianceStatusTag status={compliance.assessment.status} />}
    >
      <RequirementList compliance={compliance} />
    </Card>
  );
}
