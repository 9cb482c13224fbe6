import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenings } from '../../api/rotationQueries';
import type { Opening } from '../../api/types';
import { useAccess } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { OpeningStatusTag, PostingTypeTag, RegionTag } from '../../components/rotation/RotationTags';
import { ServerTable } from '../../components/ServerTable';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { useTableSearch } from '../../components/useTableSearch';
import type { PagedSearch } from '../../domain/pagedSearch';
import { OPENING_SORTS, OPENING_URL_KEYS, toOpeningQuery } from '../../domain/rotationSearch';
import { CandidatesDrawer } from './CandidatesDrawer';
import { OpeningModal } from './OpeningModal';

const NO_FILTERS = {};

/** 挂职岗位: the openings of the user's scope, each with its places and, for HR and leaders, its ranked candidates. */
export function OpeningsTab() {
  const { t } = useTranslation();
  const access = useAccess();
  const table = useTableSearch(NO_FILTERS, OPENING_SORTS, { urlKeys: OPENING_URL_KEYS });
  const openings = useOpenings(toOpeningQuery(table.search));
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
    { title: t('fields.posting.period'), key: 'plannedStart', width: 200, sorter: true, render: (_, opening) => t('rotation.period', { start: opening.plannedStart, end: opening.plannedEnd }) },
    { title: field('places'), key: 'places', width: 100, sorter: true, render: (_, opening) => t('rotation.openings.filledOf', { filled: opening.filled ?? 0, places: opening.places ?? 0 }) },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, sorter: true, render: (status) => <OpeningStatusTag status={status} /> },
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
      <ServerTable<Opening, PagedSearch>
        columns={columns}
        table={table}
        page={openings.data}
        loading={openings.isFetching}
        empty={t('rotation.openings.empty')}
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
