import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/problem';
import { useUnits } from '../../api/queries';
import type { AuditEntry } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { unitNamesById } from '../../domain/unitTree';
import { PageLoading } from '../PageLoading';
import { ProblemAlert } from '../ProblemAlert';
import { auditFieldLabel, auditValue, vocabularyOf, type AuditVocabulary } from './auditValues';

const KIND_COLORS: Record<string, string> = { CREATED: 'green', CHANGED: 'blue', DELETED: 'red' };

interface AuditTableProps {
  audit: UseQueryResult<AuditEntry[], ApiError>;
  vocabulary: AuditVocabulary;
  /** A joined history (a class with its enrolments): how to name each entry's subject; given, a column shows it. */
  subjectLabel?: (subject: string) => string;
}

/** 变更记录: who changed a record (or which of several), when, and each field before → after; newest first. */
export function AuditTable({ audit, vocabulary, subjectLabel }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const unitNames = useMemo(() => unitNamesById(units.data ?? []), [units.data]);
  const entries = useMemo(() => [...(audit.data ?? [])].reverse(), [audit.data]);

  if (audit.isPending) return <PageLoading />;
  if (audit.isError) return <ProblemAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  if (entries.length === 0) return <Empty description={t('audit.empty')} />;

  const value = (entry: AuditEntry, field: string | undefined, raw: unknown) =>
    auditValue(t, vocabularyOf(vocabulary, entry.subject), field ?? '', raw, unitNames);
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', key: 'at', width: 180, render: (at: string) => formatInstant(at, i18n.language) },
    ...(subjectLabel
      ? [{ title: t('audit.subject'), dataIndex: 'subject', key: 'subject', width: 200, render: (subject: string | null) => (subject ? subjectLabel(subject) : '') }]
      : []),
    { title: t('audit.actor'), dataIndex: 'actor', key: 'actor', width: 140 },
    {
      title: t('audit.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 90,
      render: (kind: string) => <Tag color={KIND_COLORS[kind]}>{enumLabel(t, 'auditKind', kind)}</Tag>,
    },
    {
      title: t('audit.changes'),
      key: 'changes',
      render: (_, entry) => (
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {(entry.changes ?? []).map((change) => (
            <li key={change.field}>
              <Typography.Text strong>{auditFieldLabel(t, vocabularyOf(vocabulary, entry.subject), change.field ?? '')}</Typography.Text>
              {': '}
              {entry.kind === 'CREATED'
                ? value(entry, change.field, change.after)
                : t('audit.change', { before: value(entry, change.field, change.before), after: value(entry, change.field, change.after) })}
            </li>
          ))}
        </ul>
      ),
    },
    { title: t('audit.requestId'), dataIndex: 'requestId', key: 'requestId', width: 120, ellipsis: true },
  ];
  return <Table<AuditEntry> rowKey={(entry) => `${entry.revision}:${entry.subject ?? ''}`} columns={columns} dataSource={entries} pagination={{ pageSize: 20, hideOnSinglePage: true }} />;
}
