import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit, useUnits } from '../../api/queries';
import type { AuditEntry } from '../../api/types';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { unitNamesById } from '../../domain/unitTree';
import { auditFieldLabel, auditValue } from './auditValues';

const KIND_COLORS: Record<string, string> = { CREATED: 'green', CHANGED: 'blue', DELETED: 'red' };

/** 变更记录: who changed the record, when, and each field before → after; newest first. */
export function AuditTrail({ cadreId }: { cadreId: string }) {
  const { t, i18n } = useTranslation();
  const audit = useAudit(cadreId, true);
  const units = useUnits();
  const unitNames = useMemo(() => unitNamesById(units.data ?? []), [units.data]);
  const entries = useMemo(() => [...(audit.data ?? [])].reverse(), [audit.data]);

  if (audit.isPending) return <PageLoading />;
  if (audit.isError) return <ProblemAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  if (entries.length === 0) return <Empty description={t('audit.empty')} />;

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', key: 'at', width: 180, render: (at: string) => formatInstant(at, i18n.language) },
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
              <Typography.Text strong>{auditFieldLabel(t, change.field ?? '')}</Typography.Text>
              {': '}
              {entry.kind === 'CREATED'
                ? auditValue(t, change.field ?? '', change.after, unitNames)
                : t('audit.change', {
                    before: auditValue(t, change.field ?? '', change.before, unitNames),
                    after: auditValue(t, change.field ?? '', change.after, unitNames),
                  })}
            </li>
          ))}
        </ul>
      ),
    },
    { title: t('audit.requestId'), dataIndex: 'requestId', key: 'requestId', width: 120, ellipsis: true },
  ];
  return <Table<AuditEntry> rowKey="revision" columns={columns} dataSource={entries} pagination={{ pageSize: 20, hideOnSinglePage: true }} />;
}
