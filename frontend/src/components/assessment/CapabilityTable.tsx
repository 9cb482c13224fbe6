import { Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CapabilityProfile, ProfileCapability, ScoreComponent } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { profileRows } from '../../domain/capabilityProfile';
import { reasonText } from '../../domain/reasons';
import { EvidenceSourceTag } from './AssessmentTags';

/** +15, −5: the points one piece of evidence adds to or takes from a score. */
function Points({ points = 0 }: { points?: number }) {
  const { i18n } = useTranslation();
  const text = new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero' }).format(points);
  return (
    <Typography.Text strong type={points < 0 ? 'danger' : undefined} style={{ minWidth: 40, display: 'inline-block', textAlign: 'right' }}>
      {text}
    </Typography.Text>
  );
}

/** The evidence behind one score, line by line: where the points came from and why. */
export function EvidenceLines({ components }: { components?: readonly ScoreComponent[] }) {
  const { t, i18n } = useTranslation();
  if (!components?.length) return <Typography.Text type="secondary">{t('assessment.profile.noEvidence')}</Typography.Text>;
  return (
    <Flex vertical gap={6} role="list" aria-label={t('assessment.profile.evidence')}>
      {components.map((component, index) => (
        <Flex key={`${component.source}-${index}`} gap={8} align="baseline" role="listitem">
          <Points points={component.points} />
          <EvidenceSourceTag source={component.source} />
          <Typography.Text>{reasonText(i18n.language, component, component.detail)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * 各项本领: each capability's score against the peers' median, whether it is an open gap, and (expanded) its evidence;
 * with `evidenceShown` every row's evidence is open and stays open (a printable record).
 */
export function CapabilityTable({ profile, evidenceShown = false }: { profile: CapabilityProfile; evidenceShown?: boolean }) {
  const { t, i18n } = useTranslation();
  const median = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const columns: TableColumnsType<ProfileCapability> = [
    { title: t('assessment.profile.capability'), dataIndex: 'capability', key: 'capability', render: (capability) => enumLabel(t, 'capability', capability) },
    { title: t('assessment.profile.score'), dataIndex: 'score', key: 'score', width: 90, align: 'right' },
    {
      title: t('assessment.profile.peerMedian'),
      key: 'peerMedian',
      width: 160,
      align: 'right',
      render: (_, row) =>
        row.peerMedian == null ? (
          <Typography.Text type="secondary">{t('assessment.profile.noPeers')}</Typography.Text>
        ) : (
          <Tooltip title={t('assessment.profile.peers', { count: row.peers ?? 0 })}>{median.format(row.peerMedian)}</Tooltip>
        ),
    },
    {
      title: t('assessment.profile.gap'),
      key: 'gap',
      width: 120,
      render: (_, row) =>
        row.openGapId ? (
          <Tag color="error">{t('assessment.profile.openGap')}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('assessment.profile.noGap')}</Typography.Text>
        ),
    },
  ];

  const rows = profileRows(profile);
  const expandedRowRender = (row: ProfileCapability) => <EvidenceLines components={row.components} />;
  return (
    <Table<ProfileCapability>
      rowKey="capability"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      expandable={
        evidenceShown
          ? { expandedRowRender, expandedRowKeys: rows.map((row) => row.capability), showExpandColumn: false }
          : { expandedRowRender, expandRowByClick: true }
      }
    />
  );
}
