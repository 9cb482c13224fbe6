import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HoursClaimStatus } from '../../api/types';
import { enumLabel } from '../../domain/enums';

const COLORS: Record<HoursClaimStatus, string> = { PENDING: 'processing', ACCEPTED: 'success', REJECTED: 'default' };

export function ClaimStatusTag({ status }: { status?: HoursClaimStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={COLORS[status]}>{enumLabel(t, 'claimStatus', status)}</Tag>;
}
