import { Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CadreSelectionRecord } from '../../api/types';
import { useAccess } from '../../app/session';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { SubSection } from './PortfolioCard';

type Pool = CadreSelectionRecord['pools'][number];
type Succession = CadreSelectionRecord['successions'][number];
type Candidacy = CadreSelectionRecord['candidacies'][number];

/**
 * 选拔任用: the reserve pools the cadre was nominated to (and how it ended), the key posts they are named a successor
 * to, and the trails they were a candidate in — as far as the caller reaches each unit (the service decides).
 */
export function SelectionRecord({ record }: { record: CadreSelectionRecord }) {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const none = t('portfolio.selection.none');
  const pools: TableColumnsType<Pool> = [
    { title: t('portfolio.selection.name'), dataIndex: 'poolName', key: 'name' },
    { title: t('portfolio.selection.unit'), dataIndex: 'unitName', key: 'unit' },
    { title: t('portfolio.selection.level'), key: 'level', render: (_, p) => enumLabel(t, 'rankLevel', p.level) },
    { title: t('portfolio.selection.status'), key: 'status', render: (_, p) => <Tag>{enumLabel(t, 'poolMemberStatus', p.status)}</Tag> },
    { title: '', key: 'at', render: (_, p) => t('portfolio.selection.nominatedAt', { at: formatInstant(p.nominatedAt, i18n.language) }) },
  ];
  const successions: TableColumnsType<Succession> = [
    { title: t('portfolio.selection.keyPost'), dataIndex: 'title', key: 'title' },
    { title: t('portfolio.selection.unit'), dataIndex: 'unitName', key: 'unit' },
    { title: t('portfolio.selection.level'), key: 'level', render: (_, s) => enumLabel(t, 'rankLevel', s.level) },
    {
      title: t('portfolio.selection.status'),
      key: 'active',
      render: (_, s) => <Tag color={s.active ? 'blue' : undefined}>{t(s.active ? 'portfolio.selection.active' : 'portfolio.selection.removed')}</Tag>,
    },
  ];
  const candidacies: TableColumnsType<Candidacy> = [
    {
      title: t('portfolio.selection.post'),
      key: 'post',
      render: (_, c) => (access.canSeeSelection ? <Link to={`/selection/appointments/${c.appointmentId}`}>{c.postTitle}</Link> : c.postTitle),
    },
    { title: t('portfolio.selection.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('portfolio.selection.status'),
      key: 'stage',
      render: (_, c) => (
        <Flex gap={4} wrap>
          <Tag>{enumLabel(t, 'appointmentStage', c.stage)}</Tag>
          {c.decided && <Tag color="green">{t('portfolio.selection.decided')}</Tag>}
        </Flex>
      ),
    },
  ];
  const table = <T extends object>(rows: T[], columns: TableColumnsType<T>, key: (row: T) => string) => (
    <Table<T> size="small" rowKey={key} columns={columns} dataSource={rows} pagination={false} locale={{ emptyText: none }} />
  );
  return (
    <Flex vertical gap={16}>
      <SubSection title={t('portfolio.selection.pools')}>{table(record.pools, pools, (p) => `${p.poolId}-${p.nominatedAt}`)}</SubSection>
      <SubSection title={t('portfolio.selection.successions')}>
        {table(record.successions, successions, (s) => `${s.keyPostId}-${s.addedAt}`)}
      </SubSection>
      <SubSection title={t('portfolio.selection.candidacies')}>{table(record.candidacies, candidacies, (c) => c.appointmentId)}</SubSection>
    </Flex>
  );
}
