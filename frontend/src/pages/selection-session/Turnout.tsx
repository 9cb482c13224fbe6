import { Flex, Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoterCategory, VotingSession } from '../../api/types';
import { BUREAU_TIME_ZONE } from '../../domain/format';
import { formatShare, totalTurnout } from '../../domain/selection';

/** 投票率: per voter category the codes used of the codes given, and over all; while voting, when last read. */
export function Turnout({ session, updatedAt }: { session: VotingSession; updatedAt: number }) {
  const { t, i18n } = useTranslation();
  const total = totalTurnout(session.categories);
  const field = (key: string) => t(`fields.votingSession.${key}`);
  const columns: TableColumnsType<VoterCategory> = [
    { title: field('categoryName'), dataIndex: 'name', key: 'name', width: 180 },
    { title: field('weight'), dataIndex: 'weight', key: 'weight', width: 90 },
    {
      title: field('turnout'),
      key: 'turnout',
      render: (_, category) => (
        <Progress percent={Math.round(category.turnout * 100)} format={() => formatShare(category.turnout, i18n.language)} aria-label={category.name} />
      ),
    },
    {
      title: field('voted'),
      key: 'voted',
      width: 140,
      render: (_, category) => t('selection.turnout.of', { voted: category.voted, voters: category.voters }),
    },
  ];
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium', timeZone: BUREAU_TIME_ZONE }).format(updatedAt);
  return (
    <Flex vertical gap={12}>
      <Table<VoterCategory> rowKey="code" size="small" columns={columns} dataSource={session.categories} pagination={false} />
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>
          {t('selection.turnout.total', { voted: total.voted, voters: total.voters, share: formatShare(total.share, i18n.language) })}
        </Typography.Text>
        {session.status === 'OPEN' && <Typography.Text type="secondary">{t('selection.turnout.updatedAt', { time })}</Typography.Text>}
      </Flex>
    </Flex>
  );
}
