import { StopOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReviews } from '../../api/assessmentQueries';
import type { ReviewRow } from '../../api/types';
import { GradeTag, OutcomeTag, ReviewStatusTag } from '../../components/assessment/AssessmentTags';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchBox } from '../../components/SearchBox';
import { ServerTable } from '../../components/ServerTable';
import { useTableSearch } from '../../components/useTableSearch';
import { REVIEW_SORTS, reviewFilters, toReviewQuery, type ReviewSearch } from '../../domain/assessmentSearch';
import { supervisionNote } from '../../domain/eligibility';
import { enumLabel, enumOptions, GRADES } from '../../domain/enums';

interface Props {
  cycleId: string;
  /** The cycle's year: what a supervision measure does to it is worded with it. */
  year?: number;
  /** A row (or its name) opens the review. */
  onOpen: (review: ReviewRow) => void;
}

/**
 * 考核表: the cycle's reviews, searched by name or employee number, filtered by grade, paged and sorted by the server,
 * the search in the cycle page's URL.
 */
export function ReviewTable({ cycleId, year, onOpen }: Props) {
  const { t } = useTranslation();
  const table = useTableSearch(reviewFilters, REVIEW_SORTS);
  const { search, filter: update } = table;
  const reviews = useReviews(cycleId, toReviewQuery(search));
  const field = (key: string) => t(`fields.review.${key}`);

  const columns: TableColumnsType<ReviewRow> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 120, sorter: true },
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      width: 120,
      sorter: true,
      render: (name: string, row) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(row);
          }}
        >
          {name}
        </Button>
      ),
    },
    { title: t('fields.cadre.rankLevel'), dataIndex: 'rankLevel', key: 'rankLevel', width: 110, render: (rank) => enumLabel(t, 'rankLevel', rank) },
    {
      title: field('selfReport'),
      dataIndex: 'selfReported',
      key: 'selfReported',
      width: 100,
      render: (reported: boolean) =>
        reported ? <Tag color="success">{t('assessment.review.submitted')}</Tag> : <Typography.Text type="secondary">{t('assessment.review.notSubmitted')}</Typography.Text>,
    },
    { title: field('superiorGrade'), dataIndex: 'superiorGrade', key: 'superiorGrade', width: 120, render: (grade) => <GradeTag grade={grade} /> },
    {
      title: field('proposedGrade'),
      dataIndex: 'proposedGrade',
      key: 'grade',
      width: 140,
      sorter: true,
      render: (grade, row) => (
        <Flex gap={4} align="center">
          <GradeTag grade={grade} />
          {row.supervision?.note && (
            <Tooltip title={supervisionNote(t, row.supervision, year)}>
              <Typography.Text type="danger">
                <StopOutlined aria-label={t('assessment.review.blockedMark')} />
              </Typography.Text>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { title: field('ballots'), dataIndex: 'ballots', key: 'ballots', width: 100, align: 'right', render: (count: number) => t('assessment.ballots.count', { count }) },
    {
      title: field('finalGrade'),
      dataIndex: 'finalGrade',
      key: 'finalGrade',
      width: 130,
      render: (grade, row) => (
        <Flex gap={4} align="center" wrap>
          <OutcomeTag outcome={row.outcome} grade={grade} />
          {row.supervision?.gradableAfterwards && <Tag color="processing">{t('assessment.review.gradableAfterwards')}</Tag>}
        </Flex>
      ),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, render: (status) => <ReviewStatusTag status={status} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={12} align="center">
        <SearchBox value={search.q} placeholder={t('assessment.review.searchPlaceholder')} onSearch={(q) => update({ q })} />
        <Select
          aria-label={t('assessment.review.filterGrade')}
          placeholder={t('assessment.review.filterGrade')}
          allowClear
          options={enumOptions(t, 'grade', GRADES)}
          value={search.grade}
          onChange={(grade) => update({ grade })}
          style={{ width: 160 }}
        />
      </Flex>
      {reviews.isError && <ProblemAlert error={reviews.error} onRetry={() => void reviews.refetch()} />}
      <ServerTable<ReviewRow, ReviewSearch>
        columns={columns}
        table={table}
        page={reviews.data}
        loading={reviews.isFetching}
        onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } })}
        showTotal={(total) => t('assessment.review.total', { count: total })}
        empty={table.filtered() ? t('assessment.review.emptyFiltered') : t('assessment.review.empty')}
        scroll={{ x: 1100 }}
      />
    </Flex>
  );
}
