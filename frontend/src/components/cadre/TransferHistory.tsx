import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTransfers } from '../../api/queries';
import type { Transfer } from '../../api/types';
import { formatInstant } from '../../domain/format';
import { PageLoading } from '../PageLoading';
import { ProblemAlert } from '../ProblemAlert';

/** Transfers as a timeline, in the order given (the API's: newest first). */
export function TransferTimeline({ transfers }: { transfers: readonly Transfer[] }) {
  const { t, i18n } = useTranslation();
  if (transfers.length === 0) return <Empty description={t('transfers.empty')} />;

  return (
    <Timeline
      items={transfers.map((transfer) => ({
        key: transfer.id,
        content: (
          <>
            <Typography.Text strong>{transfer.effectiveOn}</Typography.Text>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {t('transfers.move', {
                from: transfer.fromUnitName ?? t('transfers.unknownUnit'),
                to: transfer.toUnitName ?? t('transfers.unknownUnit'),
              })}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {t('transfers.position', { from: transfer.fromPositionTitle ?? '', to: transfer.toPositionTitle ?? '' })}
            </Typography.Paragraph>
            {transfer.reason && (
              <Typography.Paragraph style={{ marginBottom: 4 }}>{t('transfers.reason', { reason: transfer.reason })}</Typography.Paragraph>
            )}
            <Typography.Text type="secondary">
              {t('transfers.recorded', { by: transfer.recordedBy ?? '', at: formatInstant(transfer.recordedAt, i18n.language) })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}

/** 调动记录, newest first as the API returns them. */
export function TransferHistory({ cadreId }: { cadreId: string }) {
  const transfers = useTransfers(cadreId);
  if (transfers.isPending) return <PageLoading />;
  if (transfers.isError) return <ProblemAlert error={transfers.error} onRetry={() => void transfers.refetch()} />;
  return <TransferTimeline transfers={transfers.data} />;
}
