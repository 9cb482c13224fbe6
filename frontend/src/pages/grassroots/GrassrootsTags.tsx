import { CheckCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactPoint, ResearchReport } from '../../api/types';

/** 联系中 (green) while the point is kept; 已结束 once it ended. */
export function ContactStatusTag({ point }: { point: Pick<ContactPoint, 'endedOn'> }) {
  const { t } = useTranslation();
  return point.endedOn ? <Tag>{t('grassroots.points.ended')}</Tag> : <Tag color="green">{t('grassroots.points.current')}</Tag>;
}

/** 已转化运用 (green), 未转化运用 once a follow-up says not (yet), 待跟进 before anyone recorded one. */
export function AdoptedTag({ report }: { report: Pick<ResearchReport, 'adopted' | 'followUp'> }) {
  const { t } = useTranslation();
  if (report.adopted) {
    return (
      <Tag color="green" icon={<CheckCircleOutlined />}>
        {t('grassroots.research.adopted')}
      </Tag>
    );
  }
  return report.followUp ? <Tag color="orange">{t('grassroots.research.notAdopted')}</Tag> : <Tag>{t('grassroots.research.awaiting')}</Tag>;
}
