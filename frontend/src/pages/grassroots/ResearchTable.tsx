import { Button, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResearchReport } from '../../api/types';
import { cadreColumn } from '../../components/cadre/cadreColumn';
import { ServerTable } from '../../components/ServerTable';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import type { TableSearch } from '../../components/useTableSearch';
import type { PagedSearch } from '../../domain/pagedSearch';
import { AdoptedTag } from './GrassrootsTags';

/** A link-styled button that opens the row, wrapping a long text as the cell would. */
export const OPEN_LINK = { padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' } as const;

interface Props<S extends PagedSearch> {
  table: TableSearch<S>;
  page?: { items?: ResearchReport[]; total?: number };
  loading: boolean;
  empty: ReactNode;
  /** The leader and unit columns: left out where every report is the caller's own (我的联系点与调研). */
  showCadre?: boolean;
  /** A row clicked: the report opens beside the list. */
  onOpen: (report: ResearchReport) => void;
}

/**
 * 调研报告 a server page at a time: whose (where it matters), the title, the capabilities it bears on, when it was
 * submitted and whether its findings were adopted (转化运用); a row opens the report.
 */
export function ResearchTable<S extends PagedSearch>({ table, page, loading, empty, showCadre = false, onOpen }: Props<S>) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.research.${key}`);
  const columns: TableColumnsType<ResearchReport> = [
    ...(showCadre
      ? [
          cadreColumn<ResearchReport>(field('cadre'), 130),
          { title: field('unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true, sorter: true },
        ]
      : []),
    {
      title: field('title'),
      dataIndex: 'title',
      key: 'title',
      width: 280,
      sorter: true,
      render: (title: string, report) => (
        <Button
          type="link"
          size="small"
          style={OPEN_LINK}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(report);
          }}
        >
          {title}
        </Button>
      ),
    },
    { title: field('capabilities'), key: 'capabilities', width: 240, render: (_, report) => <CapabilityTags capabilities={report.capabilities} /> },
    { title: field('submittedOn'), dataIndex: 'submittedOn', key: 'submittedOn', width: 120, sorter: true },
    { title: field('adopted'), key: 'adopted', width: 130, render: (_, report) => <AdoptedTag report={report} /> },
  ];
  return (
    <ServerTable<ResearchReport, S>
      table={table}
      page={page}
      loading={loading}
      columns={columns}
      showTotal={(total) => t('grassroots.research.total', { count: total })}
      empty={empty}
      scroll={{ x: showCadre ? 1100 : 800 }}
      onRow={(report) => ({ onClick: () => onOpen(report), style: { cursor: 'pointer' } })}
    />
  );
}
