import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemSlug } from '../../api/problem';
import { useCancelPassport, usePassports, useRegisterPassport, useTrip } from '../../api/travelQueries';
import type { HeldPassport, PassportKind } from '../../api/types';
import { useAccess } from '../../app/session';
import { CadreSelect, type PickedCadre } from '../../components/cadre/CadrePicker';
import { EnumFilter, FilterBar, UnitFilter } from '../../components/FilterBar';
import { FormModal } from '../../components/FormModal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../components/problemText';
import { SearchBox } from '../../components/SearchBox';
import { cadreColumn } from '../../components/cadre/cadreColumn';
import { ServerTable } from '../../components/ServerTable';
import { useFormProblem } from '../../components/useFormProblem';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel, enumOptions, HELD_PASSPORT_STATUSES, PASSPORT_KINDS } from '../../domain/enums';
import { formatInstant, todayInBeijing } from '../../domain/format';
import { PASSPORT_SORTS, PASSPORT_URL_KEYS, passportFilters, toPassportQuery, type PassportSearch } from '../../domain/inspectionSearch';
import { CancelReasonModal } from './CancelReasonModal';
import { PassportDueTag, PassportStatusTag } from './TravelTags';

/**
 * 证照保管: the passports and permits the HR offices hold for the cadres in reach, filtered by unit, status and name
 * (the search in the URL under keys of its own); HR and administrators register one and cancel one in custody.
 */
export function PassportsCard() {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const table = useTableSearch(passportFilters, PASSPORT_SORTS, { urlKeys: PASSPORT_URL_KEYS });
  const { search, filter: update } = table;
  const passports = usePassports(toPassportQuery(search));
  const [registering, setRegistering] = useState(false);
  const [cancelling, setCancelling] = useState<HeldPassport>();
  const field = (key: string) => t(`fields.passport.${key}`);

  const columns: TableColumnsType<HeldPassport> = [
    cadreColumn<HeldPassport>(field('cadre'), 130),
    { title: field('unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true, sorter: true },
    { title: field('kind'), dataIndex: 'kind', key: 'kind', width: 150, render: (kind: PassportKind) => enumLabel(t, 'passportKind', kind) },
    { title: field('number'), dataIndex: 'number', key: 'number', width: 130 },
    {
      title: field('expiresOn'),
      dataIndex: 'expiresOn',
      key: 'expiresOn',
      width: 170,
      sorter: true,
      render: (expiresOn: string, passport) => (
        <Flex gap={4} align="center" wrap>
          <span>{expiresOn}</span>
          {passport.expired && <Tag color="red">{t('travel.passports.expired')}</Tag>}
        </Flex>
      ),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, render: (_, passport) => <PassportStatusTag status={passport.status} /> },
    { title: field('issuedFor'), key: 'issuedFor', width: 230, render: (_, passport) => passport.issuedFor && <OutFor tripId={passport.issuedFor} /> },
    {
      title: field('registeredAt'),
      dataIndex: 'registeredAt',
      key: 'registeredAt',
      width: 170,
      sorter: true,
      render: (at: string) => formatInstant(at, i18n.language),
    },
    ...(access.canManagePassports
      ? [
          {
            title: t('travel.trips.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, passport: HeldPassport) =>
              passport.status === 'HELD' && (
                <Button size="small" danger onClick={() => setCancelling(passport)}>
                  {t('travel.passports.cancel')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('travel.passports.title')}
      extra={
        access.canManagePassports ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('travel.passports.register')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('travel.passports.restricted')}</Typography.Text>
        )
      }
    >
      <Flex vertical gap={16}>
        <FilterBar onReset={() => table.reset()}>
          <UnitFilter label={field('unitName')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
          <EnumFilter label={field('status')} kind="heldPassportStatus" values={HELD_PASSPORT_STATUSES} width={140}
            value={search.status} onChange={(status) => update({ status })} />
          <SearchBox value={search.q} placeholder={t('travel.passports.search')} onSearch={(q) => update({ q })} />
        </FilterBar>
        {passports.isError && <ProblemAlert error={passports.error} onRetry={() => void passports.refetch()} />}
        <ServerTable<HeldPassport, PassportSearch>
          table={table}
          page={passports.data}
          loading={passports.isFetching}
          columns={columns}
          showTotal={(total) => t('travel.passports.total', { count: total })}
          empty={t('travel.passports.empty')}
          scroll={{ x: 1300 }}
        />
      </Flex>
      {registering && <RegisterPassportModal onClose={() => setRegistering(false)} />}
      {cancelling && <CancelPassportModal passport={cancelling} onClose={() => setCancelling(undefined)} />}
    </Card>
  );
}

/** The trip a passport is out for: where to and when, flagged once it is overdue. */
function OutFor({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const trip = useTrip(tripId);
  if (!trip.data) return null;
  return (
    <Flex gap={4} align="center" wrap>
      <span>{t('travel.passports.outFor', { destination: trip.data.destination, start: trip.data.departOn, end: trip.data.returnOn })}</span>
      <PassportDueTag trip={trip.data} />
    </Flex>
  );
}

interface RegisterValues {
  cadreId: PickedCadre;
  kind: PassportKind;
  number: string;
  expiresOn: Dayjs;
}

/** 登记证照: whose, which kind, its number (5–20 letters or digits) and its expiry; a number registered already is a 409. */
function RegisterPassportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterValues>();
  const register = useRegisterPassport();
  const showProblem = useFormProblem(form, ['cadreId', 'kind', 'number', 'expiresOn']);
  const today = dayjs(todayInBeijing());
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.passport.${key}`);

  const submit = (values: RegisterValues) =>
    register.mutate(
      { cadreId: values.cadreId.value, kind: values.kind, number: values.number.trim(), expiresOn: values.expiresOn.format('YYYY-MM-DD') },
      {
        onSuccess: (passport) => {
          void message.success(t('travel.passports.registered', { name: passport.name ?? values.cadreId.label }));
          onClose();
        },
        onError: (error) => {
          showProblem(error);
          if (error instanceof ApiError && problemSlug(error.problem) === 'passport-exists') {
            form.setFields([{ name: 'number', errors: [describeProblem(error, t).title] }]);
          }
        },
      },
    );

  return (
    <FormModal title={t('travel.passports.register')} form={form} saving={register.isPending} width={600} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('travel.passports.registerHint')}</Typography.Paragraph>
      <Form<RegisterValues> form={form} layout="vertical" name="registerPassport" initialValues={{ kind: 'PASSPORT' }} onFinish={submit}>
        <Form.Item name="cadreId" label={field('cadre')} rules={[required]}>
          <CadreSelect placeholder={t('travel.request.cadrePlaceholder')} ariaLabel={field('cadre')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="kind" label={field('kind')} rules={[required]}>
              <Select aria-label={field('kind')} options={enumOptions(t, 'passportKind', PASSPORT_KINDS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="number"
              label={field('number')}
              extra={t('travel.passports.numberRule')}
              rules={[required, { pattern: /^\s*[A-Za-z0-9]{5,20}\s*$/, message: t('travel.passports.numberRule') }]}
            >
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="expiresOn" label={field('expiresOn')} rules={[required]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(today, 'day')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 注销: a passport in custody, with the reason and the version read. */
function CancelPassportModal({ passport, onClose }: { passport: HeldPassport; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelPassport();
  return (
    <CancelReasonModal
      title={t('travel.passports.cancelTitle', { kind: enumLabel(t, 'passportKind', passport.kind), number: passport.number })}
      hint={t('travel.passports.cancelHint')}
      name="cancelPassport"
      reasonLabel={t('travel.passports.cancelReason')}
      target={passport}
      mutation={cancel}
      doneText={t('travel.passports.cancelled')}
      onClose={onClose}
    />
  );
}
