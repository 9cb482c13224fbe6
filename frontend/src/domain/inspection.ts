import type { Finding, FourFormDistribution, InspectionRound, Measure, RectificationRequest, RoundKind, TermCoverage, UnitNode } from '../api/types';
import { MEASURE_FORMS, type MeasureForm } from './enums';
import { walkUnits } from './unitTree';

/** What the inspection pages compute from the API's answers and send back. */

/** 问题清单 categories the inspection service accepts (benling.inspection.policy.categories). */
export const FINDING_CATEGORIES = ['政治建设', '全面从严治党', '选人用人', '作风建设', '安全监管', '行业监管', '财务管理', '意识形态'] as const;

/** The categories to offer: the fixed list first, then any other one the findings shown already use. */
export function categoryOptions(findings: readonly Finding[] = []): string[] {
  const used = findings.map((finding) => finding.category).filter((category): category is string => Boolean(category));
  return [...new Set<string>([...FINDING_CATEGORIES, ...used])];
}

/**
 * The unit kinds a round of this kind is carried out by, and the kind of the units it inspects: an audit has no
 * targets to choose (its one target is the audited leader's unit, which the service sets).
 */
const ROUND_UNITS: Record<RoundKind, { owners: readonly string[]; target: string | null }> = {
  INSPECTION: { owners: ['BUREAU'], target: 'PROVINCIAL' },
  CIRCUIT: { owners: ['PROVINCIAL'], target: 'MUNICIPAL' },
  AUDIT: { owners: ['BUREAU', 'PROVINCIAL'], target: null },
};

/** Who may carry out a round of this kind: the bureau (巡视), a provincial administration (巡察), either (审计). */
export function roundOwners(units: readonly UnitNode[], kind: RoundKind): UnitNode[] {
  return [...walkUnits(units)].filter((unit) => ROUND_UNITS[kind].owners.includes(unit.kind) && unit.active !== false);
}

/** The units a round of this kind by `ownerUnitId` may inspect: its provincial (巡视) or municipal (巡察) units. */
export function roundTargets(units: readonly UnitNode[], ownerUnitId: string | undefined, kind: RoundKind): UnitNode[] {
  const target = ROUND_UNITS[kind].target;
  if (!target) return [];
  const owner = [...walkUnits(units)].find((unit) => unit.id === ownerUnitId);
  return (owner?.children ?? []).filter((unit) => unit.kind === target && unit.active !== false);
}

/** A round takes findings while the team is on site and at feedback. */
export function acceptsFindings(round: InspectionRound): boolean {
  return round.status === 'ON_SITE' || round.status === 'FEEDBACK';
}

/** Whoever may move the round on (its inspectors) may record findings and re-check: the API says so by the commands it allows. */
export function mayWorkOnRound(round: InspectionRound): boolean {
  return (round.allowedCommands?.length ?? 0) > 0;
}

/** The closed findings a 回头看 may re-check. */
export function recheckable(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.status === 'CLOSED');
}

export interface RectificationValues {
  summary: string;
  measures: string;
  evidence?: (string | undefined)[];
  completedOn: string;
}

/** 整改报告: the evidence as listed, without empty lines. */
export function rectificationRequest(values: RectificationValues): RectificationRequest {
  return {
    summary: values.summary.trim(),
    measures: values.measures.trim(),
    evidence: (values.evidence ?? []).map((line) => line?.trim() ?? '').filter(Boolean),
    completedOn: values.completedOn,
  };
}

/**
 * A measure's influence period as people read it: until a day, until the case is concluded, for good (开除党籍), or
 * none (its `influenceUntil` then lies before it).
 */
export function influenceOf(measure: Pick<Measure, 'hasInfluence' | 'influenceUntil' | 'influence'>): { until: string } | 'none' | 'untilConcluded' | 'permanent' {
  if (!measure.hasInfluence) return 'none';
  if (measure.influenceUntil) return { until: measure.influenceUntil };
  return measure.influence === 'permanent' ? 'permanent' : 'untilConcluded';
}

/** A catalogue row's influence as people read it: "12" months, until concluded, for good, or none. */
export function influenceOfRow(influence: string | undefined): { months: number } | 'none' | 'untilConcluded' | 'permanent' {
  if (!influence || influence === 'none') return 'none';
  if (influence === 'until-concluded') return 'untilConcluded';
  if (influence === 'permanent') return 'permanent';
  return { months: Number(influence) };
}

export interface CoverageSummary {
  units: number;
  covered: number;
  planned: number;
  notYet: number;
  /** Municipal units below the rows, and how many of them a 巡察 covered or plans. */
  subunits: number;
  subunitsCovered: number;
  subunitsPlanned: number;
}

export function coverageSummary(coverage: TermCoverage): CoverageSummary {
  const rows = coverage.rows ?? [];
  const sum = (pick: (row: (typeof rows)[number]) => number | undefined) => rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return {
    units: coverage.units ?? rows.length,
    covered: coverage.covered ?? 0,
    planned: coverage.planned ?? 0,
    notYet: coverage.notYet ?? 0,
    subunits: sum((row) => row.subunits),
    subunitsCovered: sum((row) => row.subunitsCovered),
    subunitsPlanned: sum((row) => row.subunitsPlanned),
  };
}

/** The four forms' counts of one unit (or the total), in order. */
export function formCounts(counts: FourFormDistribution['total']): Record<MeasureForm, number> {
  return { 1: counts?.form1 ?? 0, 2: counts?.form2 ?? 0, 3: counts?.form3 ?? 0, 4: counts?.form4 ?? 0 };
}

export function formTotal(counts: FourFormDistribution['total']): number {
  const byForm = formCounts(counts);
  return MEASURE_FORMS.reduce((sum, form) => sum + byForm[form], 0);
}
