import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InspectionRound, RoundPage } from '../../api/types';
import { RoundKindTag, RoundStatusTag } from '../../components/inspection/InspectionTags';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import { enumLabel } from '../../domain/enums';
import type { RoundSearch } from '../../domain/inspectionSearch';

interface Props {
  table: TableSearch<RoundSearch>;
  page?: RoundPage;
  loading: boolean;
  empty: string;
}

/** One server page of rounds: what, by whom, of whom, when, the stage and how their findings stand. */
export function RoundTable({ table, page, loading, empty }: Props) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.round.${key}`);

  const columns: TableColumnsType<InspectionRound> = [
    {
      title: field('title'),
      dataIndex: 'title',
      key: 'title',
      width: 280,
      sorter: true,
      render: (title: string, round) => (
        <Flex gap={4} align="center" wrap>
          <Link to={`/inspection/rounds/${round.id}`}>{title}</Link>
          {round.followUpOf && <Tag color="purple">{t('inspection.rounds.followUp')}</Tag>}
        </Flex>
      ),
    },
    { title: field('kind'), dataIndex: 'kind', key: 'kind', width: 130, render: (kind) => <RoundKindTag kind={kind} /> },
    { title: field('ownerUnitId'), dataIndex: 'ownerUnitName', key: 'ownerUnitName', width: 160, ellipsis: true },
    {
      title: field('targetUnitIds'),
      key: 'targets',
      width: 220,
      ellipsis: true,
      render: (_, round) => {
        const targets = (round.targets ?? []).map((target) => target.name).join(t('inspection.listSeparator'));
        // an audit names the leader audited beside the leader's unit
        return round.kind === 'AUDIT' && round.auditeeName
          ? t('inspection.rounds.auditTarget', { unit: targets, name: round.auditeeName, type: enumLabel(t, 'auditType', round.auditType) })
          : targets;
      },
    },
    { title: field('onSite'), key: 'onSiteStart', width: 200, sorter: true, render: (_, round) => t('rotation.period', { start: round.onSiteStart, end: round.onSiteEnd }) },
    { title: field('feedbackDate'), key: 'feedback', width: 120, render: (_, round) => round.feedbackOn ?? round.feedbackDate },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, sorter: true, render: (status) => <RoundStatusTag status={status} /> },
    {
      title: field('findings'),
      key: 'findings',
      render: (_, round) => (
        <Flex gap={6} wrap>
          <span>{t('inspection.rounds.findingsCount', { count: round.findings ?? 0, open: round.openFindings ?? 0 })}</span>
          {(round.overdueFindings ?? 0) > 0 && <Typography.Text type="danger">{t('inspection.rounds.overdueCount', { count: round.overdueFindings })}</Typography.Text>}
        </Flex>
      ),
    },
  ];

  return (
    <ServerTable<InspectionRound, RoundSearch>
      columns={columns}
      table={table}
      page={page}
      loading={loading}
      empty={empty}
      scroll={{ x: 1400 }}
      showTotal={(total) => t('inspection.rounds.total', { count: total })}
    />
  );
}
