import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionStatus } from '../../api/types';

/** One titled card of the portfolio, the target of its anchor. */
export function PortfolioCard({ anchor, title, extra, children }: { anchor: string; title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card id={anchor} title={title} extra={extra} className="portfolio-section" role="region" aria-label={title}>
      {children}
    </Card>
  );
}

interface SectionBodyProps<T> {
  status: SectionStatus;
  /** The owning service's answer: null unless AVAILABLE. */
  data: T | null | undefined;
  /** Asks the gateway again (for a section whose service was unavailable). */
  onRetry: () => void;
  retrying: boolean;
  children: (data: T) => ReactNode;
}

/**
 * A section as it came back: its content when AVAILABLE; a neutral note when the owner refused the caller (nothing of
 * what it holds, nor why); 暂无记录 when the owner holds nothing; a warning with 重试 when the owner was unavailable.
 */
export function SectionBody<T>({ status, data, onRetry, retrying, children }: SectionBodyProps<T>) {
  const { t } = useTranslation();
  if (status === 'RESTRICTED') {
    return (
      <Flex gap={8} align="center" role="note">
        <LockOutlined />
        <Typography.Text type="secondary">{t('portfolio.restricted')}</Typography.Text>
      </Flex>
    );
  }
  if (status === 'UNAVAILABLE') {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('portfolio.unavailable')}
        action={
          <Button size="small" loading={retrying} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (status === 'NOT_FOUND' || data == null) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portfolio.notFound')} />;
  return <>{children(data)}</>;
}

/** A sub-part of a card (资格's two, 考核与八项本领's grades and capabilities). */
export function SubSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}
