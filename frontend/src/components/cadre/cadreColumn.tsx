import { Flex, Typography, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';

interface CadreRow {
  name?: string | null;
  employeeNumber?: string | null;
}

/**
 * The first column of a list of cadres' records: the name (or what the page makes of it, a link to the record) with
 * the employee number under it, sorted on the server by name.
 */
export function cadreColumn<T extends CadreRow>(title: string, width: number, show: (row: T) => ReactNode = (row) => row.name): TableColumnType<T> {
  return {
    title,
    dataIndex: 'name',
    key: 'name',
    width,
    sorter: true,
    render: (_: unknown, row: T) => (
      <Flex vertical>
        <span>{show(row)}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.employeeNumber}
        </Typography.Text>
      </Flex>
    ),
  };
}
