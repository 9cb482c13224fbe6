import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClassStatus, ComplianceStatus, EnrolmentStatus, ProposalStatus } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { COMPLIANCE_STATUS_COLORS } from '../../domain/requirementProgress';

const CLASS_STATUS_COLORS: Record<ClassStatus, string> = { OPEN: 'processing', COMPLETED: 'success', CANCELLED: 'default' };

const ENROLMENT_STATUS_COLORS: Record<EnrolmentStatus, string> = {
  ENROLLED: 'processing',
  WAITLISTED: 'warning',
  WITHDRAWN: 'default',
  COMPLETED: 'success',
  FAILED: 'error',
};

const PROPOSAL_STATUS_COLORS: Record<ProposalStatus, string> = { PROPOSED: 'processing', ACCEPTED: 'success', DISMISSED: 'default' };

export function ComplianceStatusTag({ status }: { status?: ComplianceStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={COMPLIANCE_STATUS_COLORS[status]}>{enumLabel(t, 'complianceStatus', status)}</Tag>;
}

export function ClassStatusTag({ status }: { status?: ClassStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={CLASS_STATUS_COLORS[status]}>{enumLabel(t, 'classStatus', status)}</Tag>;
}

export function EnrolmentStatusTag({ status }: { status?: EnrolmentStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={ENROLMENT_STATUS_COLORS[status]}>{enumLabel(t, 'enrolmentStatus', status)}</Tag>;
}

export function ProposalStatusTag({ status }: { status?: ProposalStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={PROPOSAL_STATUS_COLORS[status]}>{enumLabel(t, 'proposalStatus', status)}</Tag>;
}
