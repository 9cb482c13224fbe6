import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Posting, PostingPage } from '../../api/types';
import { PostingActions } from '../../components/rotation/PostingActions';
import { CareOverdueTag, PostingStatusTag, PostingTypeTag, RegionTag } from '../../components/rotation/RotationTags';
import { cadreColumn } from '../../components/cadre/cadreColumn';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import { careState } from '../../domain/rotation';
import type { PostingSearch } from '../../domain/rotationSearch';

interface Props {
  table: TableSearch<PostingSearch>;
  page?: PostingPage;
  loading: boolean;
  empty: string;
}

/** One server page of postings: who goes where and when, the care status and the commands the user may give. */
export function PostingTable({ table, page, loading, empty }: Props) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.posting.${key}`);
  // Read-only users (an inspector) get no empty actions column.
  const withCommands = (page?.items ?? []).some((posting) => (posting.allowedCommands?.length ?? 0) > 0);

  const columns: TableColumnsType<Posting> = [
    cadreColumn<Posting>(field('cadre'), 150, (posting) => <Link to={`/rotation/postings/${posting.id}`}>{posting.name}</Link>),
    { title: field('homeUnitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true },
    { title: field('type'), dataIndex: 'type', key: 'type', width: 190, sorter: true, render: (type) => <PostingTypeTag type={type} /> },
    {
      title: field('host'),
      key: 'host',
      width: 230,
      render: (_, posting) => (
        <Flex gap={4} align="center" wrap>
          <span>{posting.hostOrganisation}</span>
          <RegionTag region={posting.region} />
        </Flex>
      ),
    },
    {
      title: field('period'),
      key: 'plannedStart',
      width: 200,
      sorter: true,
      render: (_, posting) => (
        <Flex vertical>
          <span>{t('rotation.period', { start: posting.plannedStart, end: posting.plannedEnd })}</span>
          {posting.startedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rotation.startedOn', { day: posting.startedOn })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, sorter: true, render: (status) => <PostingStatusTag status={status} /> },
    {
      title: field('care'),
      key: 'care',
      render: (_, posting) => {
        const care = careState(posting);
        if (care === 'overdue') return <CareOverdueTag overdue />;
        if (care === 'due') return <Typography.Text type="secondary">{t('rotation.care.nextDue', { day: posting.nextCheckInDue })}</Typography.Text>;
        return null;
      },
    },
    ...(withCommands
      ? [{ title: t('rotation.actions.title'), key: 'actions', fixed: 'right' as const, width: 190, render: (_: unknown, posting: Posting) => <PostingActions posting={posting} size="small" /> }]
      : []),
  ];

  return (
    <ServerTable<Posting, PostingSearch>
      columns={columns}
      table={table}
      page={page}
      loading={loading}
      showTotal={(total) => t('rotation.postings.total', { count: total })}
      empty={empty}
      scroll={{ x: 1400 }}
    />
  );
}
