import type { ComplianceStatus, Requirement } from '../api/types';

/** How a status reads at a glance: antd tag colours from fine (green) to worst (red). */
export const COMPLIANCE_STATUS_COLORS: Record<ComplianceStatus, string> = {
  COMPLIANT: 'success',
  ON_TRACK: 'processing',
  GRACE: 'gold',
  AT_RISK: 'warning',
  SHORTFALL: 'error',
};

export interface RequirementProgress {
  achieved: number;
  required: number;
  /** 尚缺: what the service says is still missing (never below zero). */
  missing: number;
  /** 0–100, for the bar; more than required still shows a full bar. */
  percent: number;
  bar: 'success' | 'exception' | 'normal';
}

/**
 * One requirement as a progress bar: achieved against required 学时. The service decides the status (the
 * rules live there); this only turns its numbers into what the bar shows.
 */
export function requirementProgress(requirement: Requirement): RequirementProgress {
  const achieved = requirement.achievedHours ?? 0;
  const required = requirement.requiredHours ?? 0;
  const missing = Math.max(0, requirement.missingHours ?? required - achieved);
  const percent = required > 0 ? Math.min(100, Math.floor((achieved / required) * 100)) : 100;
  const bar = requirement.status === 'COMPLIANT' ? 'success' : requirement.status === 'SHORTFALL' ? 'exception' : 'normal';
  return { achieved, required, missing, percent, bar };
}

/** 学时 as people write them: 32, 0.5, 1.25 (the API sends up to two decimals). */
export function formatHours(hours: number | null | undefined, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(hours ?? 0);
}
