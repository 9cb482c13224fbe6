import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Space, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenings } from '../../api/rotationQueries';
import type { Opening } from '../../api/types';
import { useAccess } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ServerTable } from '../../components/ServerTable';
import { serverSorter } from '../../components/serverPagination';
import { OpeningStatusTag, PostingTypeTag, RegionTag } from '../../components/rotation/RotationTags';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { DEFAULT_PAGE } from '../../domain/pagedSearch';
import { parseSortParam } from '../../domain/queryParams';
import { formatOpeningSort, OPENING_SORTS, toOpeningQuery, type OpeningSearch } from '../../domain/rotationSearch';
import { CandidatesDrawer } from './CandidatesDrawer';
import { OpeningModal } from './OpeningModal';

/** 挂职岗位: the openings of the user's scope, each with its places and, for HR and leaders, its ranked candidates. */
export function OpeningsTab() {
  const { t } = useTranslation();
  const access = useAccess();
  const [search, setSearch] = useState<OpeningSearch>(DEFAULT_PAGE);
  const openings = useOpenings(toOpeningQuery(search));
  const sort = parseSortParam(OPENING_SORTS, search.sort);
  const [creating, setCreating] = useState(false);
  const [ranking, setRanking] = useState<Opening>();
  const field = (key: string) => t(`fields.opening.${key}`);

  const columns: TableColumnsType<Opening> = [
    { title: field('unitId'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true },
    { title: field('type'), dataIndex: 'type', key: 'type', width: 150, render: (type) => <PostingTypeTag type={type} /> },
    {
      title: t('fields.posting.host'),
      key: 'host',
      width: 230,
      render: (_, opening) => (
        <Flex gap={4} align="center" wrap>
          <span>{opening.hostOrganisation}</span>
          <RegionTag region={opening.region} />
        </Flex>
      ),
    },
    { title: field('capabilities'), key: 'capabilities', width: 220, render: (_, opening) => <CapabilityTags capabilities={opening.capabilities} /> },
    { title: t('fields.posting.period'), key: 'plannedStart', width: 200, ...serverSorter(sort, 'plannedStart'), render: (_, opening) => t('rotation.period', { start: opening.plannedStart, end: opening.plannedEnd }) },
    { title: field('places'), key: 'places', width: 100, ...serverSorter(sort, 'places'), render: (_, opening) => t('rotation.openings.filledOf', { filled: opening.filled ?? 0, places: opening.places ?? 0 }) },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, ...serverSorter(sort, 'status'), render: (status) => <OpeningStatusTag status={status} /> },
    {
      title: t('rotation.actions.title'),
      key: 'actions',
      render: (_, opening) =>
        access.canSeeCandidates && opening.status === 'OPEN' ? (
          <Button size="small" onClick={() => setRanking(opening)}>
            {t('rotation.candidates.open')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('rotation.openings.hint')}</Typography.Text>
        {access.canDecideRotationProposals && (
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('rotation.openings.create')}
            </Button>
          </Space>
        )}
      </Flex>
      {openings.isError && <ProblemAlert error={openings.error} onRetry={() => void openings.refetch()} />}
      <ServerTable<Opening, OpeningSearch>
        columns={columns}
        search={search}
        page={openings.data}
        onChange={setSearch}
        formatSort={formatOpeningSort}
        loading={openings.isFetching}
        empty={<Empty description={t('rotation.openings.empty')} />}
        showTotal={(total) => t('rotation.openings.total', { count: total })}
        scroll={{ x: 1300 }}
      />
      {creating && (
        <OpeningModal
          onClose={() => setCreating(false)}
          onCreated={(opening) => {
            setCreating(false);
            if (access.canSeeCandidates) setRanking(opening);
          }}
        />
      )}
      <CandidatesDrawer opening={ranking} onClose={() => setRanking(undefined)} />
    </Flex>
  );
}
