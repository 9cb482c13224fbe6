import type { ClassStatus, ComplianceStatus, EnrolmentStatus, ProposalStatus } from '../../api/types';
import { COMPLIANCE_STATUS_COLORS } from '../../domain/requirementProgress';
import { EnumTag } from '../EnumTag';

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
  return <EnumTag kind="complianceStatus" value={status} colors={COMPLIANCE_STATUS_COLORS} />;
}

export function ClassStatusTag({ status }: { status?: ClassStatus }) {
  return <EnumTag kind="classStatus" value={status} colors={CLASS_STATUS_COLORS} />;
}

export function EnrolmentStatusTag({ status }: { status?: EnrolmentStatus }) {
  return <EnumTag kind="enrolmentStatus" value={status} colors={ENROLMENT_STATUS_COLORS} />;
}

export function ProposalStatusTag({ status }: { status?: ProposalStatus }) {
  return <EnumTag kind="proposalStatus" value={status} colors={PROPOSAL_STATUS_COLORS} />;
}
