import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePassports, useTrips } from '../../api/travelQueries';
import type { HeldPassport, PassportKind } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel } from '../../domain/enums';
import { toTripQuery, TRIP_SORTS } from '../../domain/inspectionSearch';
import type { PagedSearch } from '../../domain/pagedSearch';
import { PassportStatusTag } from './TravelTags';
import { TripRequestModal } from './TripRequestModal';
import { TripTable } from './TripTable';

const NO_FILTERS = {};

/**
 * 我的出国（境）: the own passports the HR office keeps (read only), the own trips with 撤回 while the service allows it,
 * and 申请出国（境） on a passport in custody. Asked by the linked cadre's id, so an HR account linked to a cadre sees
 * its own here, not its units'.
 */
export default function MyTravelPage() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const cadreId = session.cadreId ?? undefined;
  const passports = usePassports({ cadreId, size: 100 }, Boolean(cadreId));
  const table = useTableSearch(NO_FILTERS, TRIP_SORTS);
  const trips = useTrips({ ...toTripQuery(table.search), cadreId }, Boolean(cadreId));
  const [requesting, setRequesting] = useState(false);
  const own = passports.data?.items ?? [];
  const held = own.filter((passport) => passport.status === 'HELD');
  const field = (key: string) => t(`fields.passport.${key}`);
  const cannotAsk = passports.isSuccess && held.length === 0;

  return (
    <Flex vertical gap={16}>
      <Card title={t('travel.mine.passportsTitle')}>
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">{t('travel.mine.passportsHint')}</Typography.Text>
          {passports.isError && <ProblemAlert error={passports.error} onRetry={() => void passports.refetch()} />}
          <Table<HeldPassport>
            rowKey="id"
            size="small"
            pagination={false}
            loading={passports.isFetching}
            dataSource={own}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('travel.mine.passportsEmpty')} /> }}
            columns={[
              { title: field('kind'), dataIndex: 'kind', key: 'kind', width: 180, render: (kind: PassportKind) => enumLabel(t, 'passportKind', kind) },
              { title: field('number'), dataIndex: 'number', key: 'number', width: 160 },
              {
                title: field('expiresOn'),
                dataIndex: 'expiresOn',
                key: 'expiresOn',
                render: (expiresOn: string, passport) => (
                  <Flex gap={4} align="center" wrap>
                    <span>{expiresOn}</span>
                    {passport.expired && <Tag color="red">{t('travel.passports.expired')}</Tag>}
                  </Flex>
                ),
              },
              { title: field('status'), dataIndex: 'status', key: 'status', width: 120, render: (_, passport) => <PassportStatusTag status={passport.status} /> },
            ]}
          />
        </Flex>
      </Card>
      <Card
        title={t('travel.mine.tripsTitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={!passports.isSuccess || cannotAsk} onClick={() => setRequesting(true)}>
            {t('travel.mine.request')}
          </Button>
        }
      >
        <Flex vertical gap={16}>
          {cannotAsk && <Alert type="info" showIcon title={own.length === 0 ? t('travel.mine.needPassport') : t('travel.mine.noneHeld')} />}
          {trips.isError && <ProblemAlert error={trips.error} onRetry={() => void trips.refetch()} />}
          <TripTable<PagedSearch>
            table={table}
            page={trips.data}
            loading={trips.isFetching}
            showTotal={(total) => t('travel.trips.total', { count: total })}
            empty={t('travel.mine.tripsEmpty')}
            showActions
          />
        </Flex>
      </Card>
      {requesting && cadreId && <TripRequestModal cadreId={cadreId} onClose={() => setRequesting(false)} />}
    </Flex>
  );
}
