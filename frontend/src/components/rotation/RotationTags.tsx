import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Evaluation, OpeningStatus, PostingProposalStatus, PostingStatus, PostingType, Region, TenureStatus } from '../../api/types';
import { enumLabel } from '../../domain/enums';

const POSTING_STATUS_COLORS: Record<PostingStatus, string> = {
  PROPOSED: 'gold',
  APPROVED: 'blue',
  ACTIVE: 'green',
  COMPLETED: 'purple',
  CANCELLED: 'default',
};
const REGION_COLORS: Record<Region, string> = { EAST: 'blue', CENTRAL: 'gold', WEST: 'volcano' };
const EVALUATION_COLORS: Record<Evaluation, string> = { EXCELLENT: 'success', GOOD: 'processing', PASSED: 'default', FAILED: 'error' };
const TENURE_COLORS: Record<TenureStatus, string> = { DUE: 'error', SOON_DUE: 'warning', NOT_DUE: 'default' };
const PROPOSAL_COLORS: Record<PostingProposalStatus, string> = { PROPOSED: 'processing', ACCEPTED: 'success', DISMISSED: 'default', OBSOLETE: 'default' };
const OPENING_COLORS: Record<OpeningStatus, string> = { OPEN: 'processing', FILLED: 'success', CLOSED: 'default' };

export function PostingStatusTag({ status }: { status?: PostingStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={POSTING_STATUS_COLORS[status]}>{enumLabel(t, 'postingStatus', status)}</Tag>;
}

export function PostingTypeTag({ type }: { type?: PostingType }) {
  const { t } = useTranslation();
  if (!type) return null;
  return <Tag color="cyan">{enumLabel(t, 'postingType', type)}</Tag>;
}

/** 东部 / 中部 / 西部. */
export function RegionTag({ region }: { region?: Region | null }) {
  const { t } = useTranslation();
  if (!region) return null;
  return <Tag color={REGION_COLORS[region]}>{enumLabel(t, 'region', region)}</Tag>;
}

/** 谈心走访逾期: an active posting whose next check-in is past. */
export function CareOverdueTag({ overdue }: { overdue?: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <Tag color="error" icon={<WarningOutlined />}>
      {t('rotation.care.overdueTag')}
    </Tag>
  );
}

export function EvaluationTag({ evaluation }: { evaluation?: Evaluation | null }) {
  const { t } = useTranslation();
  if (!evaluation) return null;
  return <Tag color={EVALUATION_COLORS[evaluation]}>{enumLabel(t, 'evaluation', evaluation)}</Tag>;
}

export function TenureStatusTag({ status }: { status?: TenureStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Tag color={TENURE_COLORS[status]} icon={status === 'SOON_DUE' ? <ClockCircleOutlined /> : undefined}>
      {enumLabel(t, 'tenureStatus', status)}
    </Tag>
  );
}

export function PostingProposalStatusTag({ status }: { status?: PostingProposalStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={PROPOSAL_COLORS[status]}>{enumLabel(t, 'postingProposalStatus', status)}</Tag>;
}

export function OpeningStatusTag({ status }: { status?: OpeningStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={OPENING_COLORS[status]}>{enumLabel(t, 'openingStatus', status)}</Tag>;
}
