import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HeldPassportStatus, Trip, TripStatus } from '../../api/types';
import { EnumTag } from '../../components/EnumTag';
import { enumLabel } from '../../domain/enums';

const TRIP_STATUS_COLORS: Record<TripStatus, string> = {
  REQUESTED: 'processing',
  APPROVED: 'green',
  ISSUED: 'purple',
  RETURNED: 'default',
  REFUSED: 'red',
  CANCELLED: 'default',
};

const PASSPORT_STATUS_COLORS: Record<HeldPassportStatus, string> = { HELD: 'green', ISSUED: 'purple', CANCELLED: 'default' };

export function TripStatusTag({ status }: { status?: TripStatus }) {
  return <EnumTag kind="tripStatus" value={status} colors={TRIP_STATUS_COLORS} />;
}

export function PassportStatusTag({ status }: { status?: HeldPassportStatus }) {
  return <EnumTag kind="heldPassportStatus" value={status} colors={PASSPORT_STATUS_COLORS} />;
}

/** 逾期未交回 in red while the passport is out past its last day; 逾期交回 in orange once it came back late. */
export function PassportDueTag({ trip }: { trip: Pick<Trip, 'overdue' | 'returnedLate'> }) {
  const { t } = useTranslation();
  if (trip.overdue) {
    return (
      <Tag color="red" icon={<ExclamationCircleOutlined />}>
        {t('travel.trips.overdue')}
      </Tag>
    );
  }
  if (trip.returnedLate) {
    return (
      <Tag color="orange" icon={<ClockCircleOutlined />}>
        {t('travel.trips.returnedLate')}
      </Tag>
    );
  }
  return null;
}

/** 护照 E12345678: the kind in the reader's language, then the number. */
export function passportLabel(t: TFunction, kind: string, number: string): string {
  return `${enumLabel(t, 'passportKind', kind)} ${number}`;
}
