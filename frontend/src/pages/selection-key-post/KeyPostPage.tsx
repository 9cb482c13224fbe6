import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Switch, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useKeyPost, usePostCandidates, useSuccessors } from '../../api/selectionQueries';
import type { KeyPost, PostCandidate, Successor } from '../../api/types';
import { useAccess } from '../../app/session';
import type { PickedCadre } from '../../components/cadre/CadrePicker';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemResult } from '../../components/ProblemResult';
import { DetailHeader } from '../../components/selection/DetailHeader';
import { RecordFacts } from '../../components/selection/RecordFacts';
import { ExperienceAsked, MinimumScores, ReadinessCounts } from '../../components/selection/KeyPostFacts';
import { GapList, ReadinessTag } from '../../components/selection/SelectionTags';
import { DEFAULT_PAGE } from '../../domain/pagedSearch';
import { enumLabel } from '../../domain/enums';
import { cadreLabel, formatInstant } from '../../domain/format';
import { NameSuccessorModal, RemoveSuccessorModal } from './SuccessorModals';

/** A person with their unit, post and rank under the name. */
function PersonCell({ person, positionTitle, rankLevel }: Pick<Successor, 'person' | 'positionTitle' | 'rankLevel'>) {
  const { t } = useTranslation();
  return (
    <Flex vertical>
      <Typography.Text strong>{cadreLabel(person.name, person.employeeNumber)}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[person.unitName, positionTitle, enumLabel(t, 'rankLevel', rankLevel)].filter(Boolean).join(' · ')}
      </Typography.Text>
    </Flex>
  );
}

/**
 * One key post: what it asks, its successors with how ready each is today and what is missing (those taken off on
 * demand, with why), and 依事择人: the cadres of the unit's subtree ranked for the post, each with the reasons of its
 * rank. HR names a successor (from the ranking too) and takes one off.
 */
export default function KeyPostPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const post = useKeyPost(id);
  const access = useAccess();
  // the cadre named from a row of the ranking, or null for the picker empty; undefined: the dialog is closed
  const [naming, setNaming] = useState<PickedCadre | null>();

  if (post.isPending) return <PageLoading />;
  if (post.isError) return <ProblemResult error={post.error} onRetry={() => void post.refetch()} />;
  const data = post.data;
  const field = (key: string) => t(`fields.keyPost.${key}`);

  return (
    <Flex vertical gap={16}>
      <DetailHeader
        back="/selection/key-posts"
        title={data.title}
        unit={data.unitName}
        extra={access.canRunSelection && <Button type="primary" icon={<UserAddOutlined />} onClick={() => setNaming(null)}>{t('selection.keyPost.name')}</Button>}
      />
      <Card>
        <RecordFacts
          items={[
            { key: 'level', label: field('level'), children: enumLabel(t, 'rankLevel', data.level) },
            { key: 'createdBy', label: field('createdBy'), children: `${data.createdBy} · ${formatInstant(data.createdAt, i18n.language)}` },
            { key: 'minimumScores', label: field('minimumScores'), span: 2, children: <MinimumScores post={data} /> },
            { key: 'experience', label: field('experience'), span: 2, children: <ExperienceAsked post={data} /> },
            { key: 'readiness', label: field('readiness'), span: 2, children: <ReadinessCounts post={data} /> },
            ...(data.description ? [{ key: 'description', label: field('description'), span: 2, children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{data.description}</Typography.Text> }] : []),
          ]}
        />
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'successors', label: t('selection.keyPost.successors'), children: <Successors post={data} /> },
            { key: 'candidates', label: t('selection.keyPost.candidates'), children: <Candidates post={data} onName={(picked) => setNaming(picked)} /> },
          ]}
        />
      </Card>
      {naming !== undefined && <NameSuccessorModal post={data} picked={naming ?? undefined} onClose={() => setNaming(undefined)} />}
    </Flex>
  );
}

function Successors({ post }: { post: KeyPost }) {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [paging, setPaging] = useState(DEFAULT_PAGE);
  const successors = useSuccessors(post.id, { includeRemoved: includeRemoved || undefined, page: paging.page || undefined, size: paging.size === DEFAULT_PAGE.size ? undefined : paging.size });
  const [removing, setRemoving] = useState<Successor>();
  const field = (key: string) => t(`fields.successor.${key}`);

  const columns: TableColumnsType<Successor> = [
    { title: field('person'), key: 'person', render: (_, s) => <PersonCell {...s} /> },
    {
      title: field('readiness'),
      key: 'readiness',
      width: 110,
      render: (_, s) => (s.active ? <ReadinessTag readiness={s.readiness} /> : <Tag>{t('selection.keyPost.removedTag')}</Tag>),
    },
    { title: field('step'), dataIndex: 'step', key: 'step', width: 160, render: (step) => enumLabel(t, 'successionStep', step) },
    { title: field('gaps'), key: 'gaps', render: (_, s) => <GapList gaps={s.gaps} /> },
    { title: field('note'), dataIndex: 'note', key: 'note', render: (note: string | null) => note && <span style={{ whiteSpace: 'pre-wrap' }}>{note}</span> },
    {
      title: field('added'),
      key: 'added',
      width: 170,
      render: (_, s) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {s.addedBy} · {formatInstant(s.addedAt, i18n.language)}
        </Typography.Text>
      ),
    },
    ...(includeRemoved
      ? [
          {
            title: field('removed'),
            key: 'removed',
            render: (_: unknown, s: Successor) =>
              s.removedBy && (
                <Flex vertical>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{s.removalReason}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {s.removedBy} · {formatInstant(s.removedAt, i18n.language)}
                  </Typography.Text>
                </Flex>
              ),
          },
        ]
      : []),
    ...(access.canRunSelection
      ? [
          {
            title: field('actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, s: Successor) =>
              s.active && (
                <Button size="small" danger onClick={() => setRemoving(s)} aria-label={t('selection.keyPost.removeOf', { name: cadreLabel(s.person.name, s.person.employeeNumber) })}>
                  {t('selection.keyPost.remove')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Space>
        <Switch
          checked={includeRemoved}
          onChange={(checked) => {
            setIncludeRemoved(checked);
            setPaging((current) => ({ ...current, page: 0 }));
          }}
          aria-label={t('selection.keyPost.includeRemoved')}
        />
        <span>{t('selection.keyPost.includeRemoved')}</span>
      </Space>
      {successors.isError && <ProblemAlert error={successors.error} onRetry={() => void successors.refetch()} />}
      <Table<Successor>
        rowKey="id"
        columns={columns}
        dataSource={successors.data?.items ?? []}
        loading={successors.isFetching}
        locale={{ emptyText: t('selection.keyPost.successorsEmpty') }}
        pagination={{
          current: paging.page + 1,
          pageSize: paging.size,
          total: successors.data?.total ?? 0,
          showTotal: (total) => t('selection.keyPost.successorsTotal', { count: total }),
          onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
        }}
        scroll={{ x: 1000 }}
      />
      {removing && <RemoveSuccessorModal post={post} successor={removing} onClose={() => setRemoving(undefined)} />}
    </Flex>
  );
}

/** 依事择人: the ranked candidates, a page at a time, with a button to name one a successor for HR. */
function Candidates({ post, onName }: { post: KeyPost; onName: (picked: PickedCadre) => void }) {
  const { t } = useTranslation();
  const access = useAccess();
  const [paging, setPaging] = useState(DEFAULT_PAGE);
  const candidates = usePostCandidates(post.id, { page: paging.page || undefined, size: paging.size === DEFAULT_PAGE.size ? undefined : paging.size });
  const field = (key: string) => t(`fields.candidate.${key}`);

  const columns: TableColumnsType<PostCandidate> = [
    { title: field('rank'), dataIndex: 'rank', key: 'rank', width: 70, align: 'right' },
    { title: field('person'), key: 'person', render: (_, c) => <PersonCell {...c} /> },
    { title: field('step'), dataIndex: 'step', key: 'step', width: 150, render: (step) => enumLabel(t, 'successionStep', step) },
    { title: field('readiness'), dataIndex: 'readiness', key: 'readiness', width: 100, render: (readiness) => <ReadinessTag readiness={readiness} /> },
    { title: field('gaps'), key: 'gaps', render: (_, c) => <GapList gaps={c.gaps} /> },
    {
      title: field('tags'),
      key: 'tags',
      width: 130,
      render: (_, c) => (
        <Space size={4} wrap>
          {c.inPool && <Tag color="purple">{t('selection.keyPost.inPool')}</Tag>}
          {c.successor && <Tag color="success">{t('selection.keyPost.isSuccessor')}</Tag>}
        </Space>
      ),
    },
    { title: field('requiredScore'), dataIndex: 'requiredScore', key: 'requiredScore', width: 110, align: 'right', render: (score: number | null) => score ?? '—' },
    ...(access.canRunSelection
      ? [
          {
            title: field('actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, c: PostCandidate) => {
              const label = cadreLabel(c.person.name, c.person.employeeNumber);
              return (
                !c.successor && (
                  <Button size="small" onClick={() => onName({ value: c.person.cadreId, label })} aria-label={t('selection.keyPost.nameOf', { name: label })}>
                    {t('selection.keyPost.name')}
                  </Button>
                )
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('selection.keyPost.candidatesHint')}
      </Typography.Paragraph>
      {candidates.isError && <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />}
      <Table<PostCandidate>
        rowKey={(c) => c.person.cadreId}
        columns={columns}
        dataSource={candidates.data?.items ?? []}
        loading={candidates.isFetching}
        locale={{ emptyText: t('selection.keyPost.candidatesEmpty') }}
        pagination={{
          current: paging.page + 1,
          pageSize: paging.size,
          total: candidates.data?.total ?? 0,
          showTotal: (total) => t('selection.keyPost.candidatesTotal', { count: total }),
          onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
        }}
        scroll={{ x: 1100 }}
      />
    </Flex>
  );
}
