import type { TFunction } from 'i18next';
import type { EnumKind } from '../../domain/enums';
import { enumLabel } from '../../domain/enums';

/** Entity attributes whose stored values are enum codes, and the labels to show them with. */
const ENUM_FIELDS: Record<string, EnumKind> = {
  gender: 'gender',
  rankLevel: 'rankLevel',
  politicalStatus: 'politicalStatus',
  education: 'education',
  status: 'cadreStatus',
  categories: 'category',
};

/** Audit snapshots hold raw values: enum codes, unit ids, arrays. This makes them readable. */
export function auditValue(t: TFunction, field: string, value: unknown, unitNames: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return t('audit.none');
  if (Array.isArray(value)) {
    return value.length === 0 ? t('audit.none') : value.map((item) => auditValue(t, field, item, unitNames)).join(t('audit.listSeparator'));
  }
  if (typeof value === 'string') {
    const kind = ENUM_FIELDS[field];
    if (kind) return enumLabel(t, kind, value);
    if (field === 'unitId') return unitNames.get(value) ?? value;
    return value;
  }
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function auditFieldLabel(t: TFunction, field: string): string {
  return t(`fields.cadre.${field}`, { defaultValue: field });
}
