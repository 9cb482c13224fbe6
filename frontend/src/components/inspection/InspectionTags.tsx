import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus, Finding, FindingStatus, Measure, MeasureStatus, RoundKind, RoundStatus, Severity } from '../../api/types';
import { enumLabel, type MeasureForm } from '../../domain/enums';
import { influenceOf } from '../../domain/inspection';
import { EnumTag } from '../EnumTag';

const ROUND_STATUS_COLORS: Record<RoundStatus, string> = {
  PLANNED: 'default',
  ON_SITE: 'processing',
  FEEDBACK: 'purple',
  RECTIFICATION: 'warning',
  CLOSED: 'success',
};
const FINDING_STATUS_COLORS: Record<FindingStatus, string> = { OPEN: 'warning', REPORTED: 'processing', CLOSED: 'success', REOPENED: 'magenta' };
const SEVERITY_COLORS: Record<Severity, string> = { MINOR: 'default', SERIOUS: 'orange', GRAVE: 'red' };
const MEASURE_STATUS_COLORS: Record<MeasureStatus, string> = { IN_FORCE: 'volcano', EXPIRED: 'default', REVOKED: 'default', CONCLUDED: 'blue' };
/** The four forms, from a reminder (blue) to a case filed (deep red). */
export const FORM_COLORS: Record<MeasureForm, string> = { 1: '#1677ff', 2: '#faad14', 3: '#fa541c', 4: '#a8071a' };
/** Covered green, planned blue, not yet grey: shared by the coverage tags and chart. */
export const COVERAGE_COLORS: Record<CoverageStatus, string> = { COVERED: '#52c41a', PLANNED: '#1677ff', NOT_YET: '#d9d9d9' };

/** 巡视 geekblue, 巡察 cyan, 经济责任审计 gold. */
const ROUND_KIND_COLORS: Record<RoundKind, string> = { INSPECTION: 'geekblue', CIRCUIT: 'cyan', AUDIT: 'gold' };

export function RoundKindTag({ kind }: { kind?: RoundKind }) {
  return <EnumTag kind="roundKind" value={kind} colors={ROUND_KIND_COLORS} />;
}

export function RoundStatusTag({ status }: { status?: RoundStatus }) {
  return <EnumTag kind="roundStatus" value={status} colors={ROUND_STATUS_COLORS} />;
}

export function FindingStatusTag({ status }: { status?: FindingStatus }) {
  return <EnumTag kind="findingStatus" value={status} colors={FINDING_STATUS_COLORS} />;
}

export function SeverityTag({ severity }: { severity?: Severity }) {
  return <EnumTag kind="severity" value={severity} colors={SEVERITY_COLORS} />;
}

/** 逾期 N 天, in red: a finding without a report past its deadline. */
export function OverdueTag({ finding }: { finding: Pick<Finding, 'overdue' | 'daysOverdue'> }) {
  const { t } = useTranslation();
  if (!finding.overdue) return null;
  return (
    <Tag color="error" icon={<ExclamationCircleOutlined />}>
      {t('inspection.finding.overdueDays', { count: finding.daysOverdue ?? 0 })}
    </Tag>
  );
}

export function MeasureStatusTag({ status }: { status?: MeasureStatus }) {
  return <EnumTag kind="measureStatus" value={status} colors={MEASURE_STATUS_COLORS} />;
}

/** 第一种形态 … 第四种形态. */
export function MeasureFormTag({ form }: { form?: number }) {
  const { t } = useTranslation();
  if (!form) return null;
  return <Tag color={FORM_COLORS[form as MeasureForm]}>{enumLabel(t, 'measureForm', String(form))}</Tag>;
}

export function CoverageStatusTag({ status }: { status?: CoverageStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={status === 'COVERED' ? 'success' : status === 'PLANNED' ? 'processing' : 'default'}>{enumLabel(t, 'coverageStatus', status)}</Tag>;
}

/** 影响期: until a day, or 无影响期 for the measures that carry none. */
export function InfluencePeriod({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const influence = influenceOf(measure);
  if (influence === 'none') return <Typography.Text type="secondary">{t('inspection.measures.noInfluence')}</Typography.Text>;
  const text =
    influence === 'untilConcluded'
      ? t('inspection.measures.untilConcluded')
      : influence === 'permanent'
        ? t('inspection.measures.permanent')
        : t('inspection.measures.until', { day: influence.until });
  return (
    <Typography.Text type={measure.status === 'IN_FORCE' ? 'danger' : 'secondary'} delete={measure.status === 'REVOKED'}>
      {text}
    </Typography.Text>
  );
}
