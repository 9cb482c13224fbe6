import type { TFunction } from 'i18next';
import { enumLabel, type EnumKind } from '../../domain/enums';

/** How one kind of record's audit snapshots read: its field labels, its enum-coded fields and its unit ids. */
export interface AuditVocabulary {
  /** The i18n group of the record's field labels (`fields.cadre`). */
  fieldsKey: string;
  /** Attributes whose stored values are enum codes, and the labels to show them with. */
  enumFields: Record<string, EnumKind>;
  /** Attributes holding a unit id, shown by the unit's name. */
  unitFields: readonly string[];
  /** In a joined history: the vocabulary of each other kind of record, by its subject's prefix (`enrolment`). */
  bySubject?: Record<string, AuditVocabulary>;
}

/** The vocabulary an entry of a joined history reads with: its subject's (`enrolment:<id>` → enrolment), or the record's. */
export function vocabularyOf(vocabulary: AuditVocabulary, subject: string | undefined | null): AuditVocabulary {
  const kind = subject?.split(':')[0];
  return (kind && vocabulary.bySubject?.[kind]) || vocabulary;
}

export const CLASS_AUDIT: AuditVocabulary = {
  fieldsKey: 'fields.trainingClass',
  enumFields: { status: 'classStatus' },
  unitFields: ['unitId'],
  bySubject: {
    enrolment: { fieldsKey: 'fields.enrolment', enumFields: { status: 'enrolmentStatus' }, unitFields: [] },
    attendance: { fieldsKey: 'fields.attendance', enumFields: {}, unitFields: [] },
  },
};

export const CADRE_AUDIT: AuditVocabulary = {
  fieldsKey: 'fields.cadre',
  enumFields: {
    gender: 'gender',
    rankLevel: 'rankLevel',
    politicalStatus: 'politicalStatus',
    education: 'education',
    status: 'cadreStatus',
    categories: 'category',
  },
  unitFields: ['unitId'],
};

export const POSTING_AUDIT: AuditVocabulary = {
  fieldsKey: 'fields.posting',
  enumFields: {
    type: 'postingType',
    status: 'postingStatus',
    region: 'region',
    homeRegion: 'region',
    evaluation: 'evaluation',
    capabilitiesExercised: 'capability',
  },
  unitFields: ['homeUnitId', 'hostUnitId'],
};

/** Audit snapshots hold raw values: enum codes, unit ids, arrays. This makes them readable. */
export function auditValue(t: TFunction, vocabulary: AuditVocabulary, field: string, value: unknown, unitNames: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return t('audit.none');
  if (Array.isArray(value)) {
    return value.length === 0 ? t('audit.none') : value.map((item) => auditValue(t, vocabulary, field, item, unitNames)).join(t('audit.listSeparator'));
  }
  if (typeof value === 'string') {
    const kind = vocabulary.enumFields[field];
    if (kind) return enumLabel(t, kind, value);
    if (vocabulary.unitFields.includes(field)) return unitNames.get(value) ?? value;
    return value;
  }
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function auditFieldLabel(t: TFunction, vocabulary: AuditVocabulary, field: string): string {
  return t(`${vocabulary.fieldsKey}.${field}`, { defaultValue: field });
}
