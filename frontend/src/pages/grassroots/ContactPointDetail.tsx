import { FormOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Divider, Drawer, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactPoint } from '../../api/grassrootsQueries';
import type { ContactPoint, ContactVisit } from '../../api/types';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cadreLabel, formatInstant } from '../../domain/format';
import { EndModal, VisitModal } from './ContactPointModals';
import { ContactStatusTag } from './GrassrootsTags';

/** A contact point beside the list (基层联系与调研): its facts, the visits, and 记录走访 / 结束联系 when `mayRecord`. */
export function ContactPointDrawer({ pointId, onClose }: { pointId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={Boolean(pointId)} onClose={onClose} size={760} destroyOnHidden title={t('grassroots.points.drawerTitle')}>
      {pointId && <ContactPointDetail pointId={pointId} showCadre />}
    </Drawer>
  );
}

/**
 * One contact point as the service answers the caller: whose and where, since when (and until when), how many visits and
 * problems solved; the visits, latest first; and, when the service says the caller may (`mayRecord`: the leader or
 * their HR office) while the point is kept, 记录走访 and 结束联系.
 */
export function ContactPointDetail({ pointId, showCadre = false }: { pointId: string; showCadre?: boolean }) {
  const { t } = useTranslation();
  const point = useContactPoint(pointId);
  const [open, setOpen] = useState<'visit' | 'end'>();
  if (point.isPending) return <PageLoading />;
  if (point.isError) return <ProblemAlert error={point.error} onRetry={() => void point.refetch()} />;
  const data = point.data;
  const mayRecord = data.mayRecord && !data.endedOn;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {data.place}
          </Typography.Title>
          <ContactStatusTag point={data} />
        </Space>
        {mayRecord && (
          <Space wrap>
            <Button type="primary" icon={<FormOutlined />} onClick={() => setOpen('visit')}>
              {t('grassroots.visit.record')}
            </Button>
            <Button danger icon={<StopOutlined />} onClick={() => setOpen('end')}>
              {t('grassroots.end.action')}
            </Button>
          </Space>
        )}
      </Flex>
      <PointFacts point={data} showCadre={showCadre} />
      <Divider titlePlacement="start">{t('grassroots.visit.list', { count: data.visits.length })}</Divider>
      {data.visits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={mayRecord ? t('grassroots.visit.noneYetRecord') : t('grassroots.visit.noneYet')} />
      ) : (
        <Flex vertical gap={8} role="list" aria-label={t('grassroots.visit.list', { count: data.visits.length })}>
          {data.visits.map((visit) => (
            <VisitCard key={visit.id} visit={visit} />
          ))}
        </Flex>
      )}
      {open === 'visit' && <VisitModal point={data} onClose={() => setOpen(undefined)} />}
      {open === 'end' && <EndModal point={data} onClose={() => setOpen(undefined)} />}
    </Flex>
  );
}

function PointFacts({ point, showCadre }: { point: ContactPoint; showCadre: boolean }) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.contactPoint.${key}`);
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        ...(showCadre
          ? [
              { key: 'cadre', label: field('cadre'), children: cadreLabel(point.name, point.employeeNumber) },
              { key: 'unit', label: field('unitName'), children: point.unitName },
            ]
          : []),
        { key: 'since', label: field('since'), children: point.since },
        { key: 'endedOn', label: field('endedOn'), children: point.endedOn ?? '—' },
        { key: 'visitCount', label: field('visitCount'), children: point.visitCount },
        { key: 'problemsSolved', label: field('problemsSolved'), children: point.problemsSolved },
        { key: 'lastVisitedOn', label: field('lastVisitedOn'), children: point.lastVisitedOn ?? '—' },
        { key: 'createdBy', label: field('createdBy'), children: [point.createdBy, formatInstant(point.createdAt, i18n.language)].filter(Boolean).join(' · ') },
        ...(point.description
          ? [{ key: 'description', label: field('description'), span: 'filled' as const, children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{point.description}</Typography.Text> }]
          : []),
      ]}
    />
  );
}

/** One visit: what was learned, the problems raised, how many were solved and how, and who recorded it. */
function VisitCard({ visit }: { visit: ContactVisit }) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.visit.${key}`);
  const text = (value: string) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{value}</Typography.Text>;
  return (
    <Card
      size="small"
      role="listitem"
      title={t('grassroots.visit.on', { day: visit.visitedOn })}
      extra={visit.problemsSolved > 0 ? <Tag color="green">{t('grassroots.visit.solvedCount', { count: visit.problemsSolved })}</Tag> : <Tag>{t('grassroots.visit.noneSolved')}</Tag>}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'learned', label: field('learned'), children: text(visit.learned) },
          ...(visit.problemsRaised ? [{ key: 'problemsRaised', label: field('problemsRaised'), children: text(visit.problemsRaised) }] : []),
          ...(visit.solutions ? [{ key: 'solutions', label: field('solutions'), children: text(visit.solutions) }] : []),
          { key: 'recordedBy', label: field('recordedBy'), children: [visit.recordedBy, formatInstant(visit.recordedAt, i18n.language)].filter(Boolean).join(' · ') },
        ]}
      />
    </Card>
  );
}
