import { Alert, Button, Card, Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSection, SectionStatus } from '../../api/types';

interface Props<T> {
  title: string;
  section: DashboardSection;
  status: SectionStatus;
  /** The owner's figures: null unless AVAILABLE. */
  data: T | null | undefined;
  /** Links to the lists behind the card, shown with the figures. */
  extra?: ReactNode;
  /** Asks the owners again (for a section whose service was unavailable). */
  onRetry: () => void;
  retrying: boolean;
  children: (data: T) => ReactNode;
}

/**
 * One card of the dashboard as its section came back: nothing at all when the caller may not see it (HR and the four
 * forms); a warning naming the section, with 重试, when its service did not answer; 暂无数据 when the owner holds
 * nothing for the unit; else the figures.
 */
export function SectionCard<T>({ title, section, status, data, extra, onRetry, retrying, children }: Props<T>) {
  const { t } = useTranslation();
  if (status === 'RESTRICTED') return null;
  const available = status === 'AVAILABLE' && data != null;
  return (
    <Card title={title} extra={available && extra} role="region" aria-label={title} style={{ height: '100%' }}>
      {status === 'UNAVAILABLE' ? (
        <Alert
          type="warning"
          showIcon
          title={t('dashboard.unavailable', { section: t(`dashboard.sections.${section}`) })}
          action={
            <Button size="small" loading={retrying} onClick={onRetry}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : available ? (
        children(data)
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.notFound')} />
      )}
    </Card>
  );
}
