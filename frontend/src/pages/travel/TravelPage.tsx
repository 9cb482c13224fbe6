import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTrips } from '../../api/travelQueries';
import { useAccess } from '../../app/session';
import { EnumFilter, FilterBar, UnitFilter } from '../../components/FilterBar';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchBox } from '../../components/SearchBox';
import { useTableSearch } from '../../components/useTableSearch';
import { TRIP_STATUSES } from '../../domain/enums';
import { toTripQuery, TRIP_SORTS, tripFilters, type TripSearch } from '../../domain/inspectionSearch';
import { PassportsCard } from './PassportsCard';
import { TripRequestModal } from './TripRequestModal';
import { TripTable } from './TripTable';

/**
 * 出国（境）管理 for staff: the private trips of the cadres in reach (by unit, status, name; the passports overdue only
 * when asked), each with the commands the caller may give (审批 for leaders, 领用 and 交回 for HR, 撤回), and 代为申请 for
 * HR; below, the passports the HR offices hold (证照集中保管).
 */
export default function TravelPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const table = useTableSearch(tripFilters, TRIP_SORTS);
  const { search, filter: update } = table;
  const trips = useTrips(toTripQuery(search));
  const [requesting, setRequesting] = useState(false);
  const field = (key: string) => t(`fields.trip.${key}`);

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('travel.trips.title')}
        extra={
          access.canManagePassports && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)}>
              {t('travel.trips.requestFor')}
            </Button>
          )
        }
      >
        <Flex vertical gap={16}>
          <FilterBar onReset={() => table.reset()}>
            <UnitFilter label={field('unitName')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
            <EnumFilter label={field('status')} kind="tripStatus" values={TRIP_STATUSES} width={150}
              value={search.status} onChange={(status) => update({ status })} />
            <Checkbox checked={Boolean(search.overdue)} onChange={(event) => update({ overdue: event.target.checked ? true : undefined })}>
              {t('travel.trips.overdueOnly')}
            </Checkbox>
            <SearchBox value={search.q} placeholder={t('travel.trips.search')} onSearch={(q) => update({ q })} />
          </FilterBar>
          {trips.isError && <ProblemAlert error={trips.error} onRetry={() => void trips.refetch()} />}
          <TripTable<TripSearch>
            table={table}
            page={trips.data}
            loading={trips.isFetching}
            showTotal={(total) => t('travel.trips.total', { count: total })}
            empty={t('travel.trips.empty')}
            showCadre
            showActions
          />
        </Flex>
      </Card>
      <PassportsCard />
      {requesting && <TripRequestModal onClose={() => setRequesting(false)} />}
    </Flex>
  );
}
