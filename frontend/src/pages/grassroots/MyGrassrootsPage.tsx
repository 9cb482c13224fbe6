import { EnvironmentOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactPoints, useResearchReports } from '../../api/grassrootsQueries';
import type { ContactPoint } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import type { PagedSearch } from '../../domain/pagedSearch';
import { RESEARCH_SORTS, toResearchQuery } from '../../domain/rotationSearch';
import { ContactPointDetail } from './ContactPointDetail';
import { TakeUpModal } from './ContactPointModals';
import { FileReportModal } from './FileReportModal';
import { ResearchDrawer } from './ResearchDrawer';
import { ResearchTable } from './ResearchTable';

const NO_FILTERS = {};

/** The own points at once: a leader keeps one at a time and rarely more than a few over the years. */
const OWN_POINTS = { size: 100 };

/**
 * 我的联系点与调研: the own grassroots contact point with its visits (记录走访, 结束联系), 建立联系点 when none is kept
 * and the points kept before; the own research reports with what came of them, and 报送调研报告. Asked by the linked
 * cadre's id, so an HR account linked to a cadre sees its own here, not its units'.
 */
export default function MyGrassrootsPage() {
  return (
    <Flex vertical gap={16}>
      <OwnContactPoint />
      <OwnResearch />
    </Flex>
  );
}

function OwnContactPoint() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const cadreId = session.cadreId ?? undefined;
  const points = useContactPoints({ cadreId, ...OWN_POINTS }, Boolean(cadreId));
  const [takingUp, setTakingUp] = useState(false);
  const own = points.data?.items ?? [];
  const current = own.find((point) => !point.endedOn);
  const earlier = own.filter((point) => point.endedOn);
  const field = (key: string) => t(`fields.contactPoint.${key}`);

  return (
    <Card title={t('grassroots.mine.pointTitle')}>
      {points.isPending && <PageLoading />}
      {points.isError && <ProblemAlert error={points.error} onRetry={() => void points.refetch()} />}
      {points.isSuccess && (
        <Flex vertical gap={16}>
          {current ? (
            <ContactPointDetail pointId={current.id} />
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <Flex vertical gap={4} align="center">
                  <Typography.Text>{t('grassroots.mine.noPoint')}</Typography.Text>
                  <Typography.Text type="secondary">{t('grassroots.mine.noPointHint')}</Typography.Text>
                </Flex>
              }
            >
              <Button type="primary" icon={<EnvironmentOutlined />} onClick={() => setTakingUp(true)}>
                {t('grassroots.takeUp.action')}
              </Button>
            </Empty>
          )}
          {earlier.length > 0 && (
            <>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('grassroots.mine.earlier')}
              </Typography.Title>
              <Table<ContactPoint>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={earlier}
                columns={[
                  { title: field('place'), dataIndex: 'place', key: 'place' },
                  { title: field('period'), key: 'period', width: 220, render: (_, point) => t('grassroots.points.period', { start: point.since, end: point.endedOn }) },
                  { title: field('visitCount'), dataIndex: 'visitCount', key: 'visitCount', width: 100 },
                  { title: field('problemsSolved'), dataIndex: 'problemsSolved', key: 'problemsSolved', width: 110 },
                ]}
              />
            </>
          )}
        </Flex>
      )}
      {takingUp && <TakeUpModal proxy={false} onClose={() => setTakingUp(false)} />}
    </Card>
  );
}

function OwnResearch() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const cadreId = session.cadreId ?? undefined;
  const table = useTableSearch(NO_FILTERS, RESEARCH_SORTS);
  const reports = useResearchReports({ ...toResearchQuery(table.search), cadreId }, Boolean(cadreId));
  const [filing, setFiling] = useState(false);
  const [open, setOpen] = useState<string>();

  return (
    <Card
      title={t('grassroots.mine.researchTitle')}
      extra={
        <Button type="primary" icon={<FileAddOutlined />} onClick={() => setFiling(true)}>
          {t('grassroots.research.file')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('grassroots.mine.researchHint')}</Typography.Text>
        {reports.isError && <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} />}
        <ResearchTable<PagedSearch>
          table={table}
          page={reports.data}
          loading={reports.isFetching}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grassroots.mine.researchEmpty')} />}
          onOpen={(report) => setOpen(report.id)}
        />
      </Flex>
      <ResearchDrawer reportId={open} onClose={() => setOpen(undefined)} />
      {filing && <FileReportModal proxy={false} onClose={() => setFiling(false)} />}
    </Card>
  );
}
