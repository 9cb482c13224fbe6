import { Alert, App, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, problemSlug } from '../../api/problem';
import { usePassports, useRequestTrip } from '../../api/travelQueries';
import type { HeldPassport, TripRequest } from '../../api/types';
import { CadreSelect, type PickedCadre } from '../../components/cadre/CadrePicker';
import { FormModal } from '../../components/FormModal';
import { describeProblem } from '../../components/problemText';
import { useFormProblem } from '../../components/useFormProblem';
import { enumLabel } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';

export interface TripRequestValues {
  /** Picked by HR asking for a cadre; absent when the cadre asks for themself. */
  cadreId?: PickedCadre;
  passportId: string;
  destination: string;
  purpose: string;
  departOn: Dayjs;
  returnOn: Dayjs;
}

/** Named as the request's fields, so the server's violations land on them. */
const TRIP_REQUEST_FIELDS = ['cadreId', 'passportId', 'destination', 'purpose', 'departOn', 'returnOn'] as const;

/** The request the API takes: no `cadreId` when the cadre asks for themself, the days as yyyy-MM-dd. */
export function toTripRequest(values: TripRequestValues): TripRequest {
  return {
    ...(values.cadreId ? { cadreId: values.cadreId.value } : {}),
    passportId: values.passportId,
    destination: values.destination.trim(),
    purpose: values.purpose.trim(),
    departOn: values.departOn.format('YYYY-MM-DD'),
    returnOn: values.returnOn.format('YYYY-MM-DD'),
  };
}

type Props =
  /** The cadre asks for themself: the passports are the own ones the HR office holds. */
  | { cadreId: string; onClose: () => void }
  /** HR asks for a cadre it picks (代为申请). */
  | { cadreId?: undefined; onClose: () => void };

/**
 * 申请出国（境）, before travel: on a passport the HR office holds (valid for the whole trip), where to, why and the
 * days. The cadre asks for themself; HR for a cadre of its units, picked first.
 */
export function TripRequestModal({ cadreId: ownCadreId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TripRequestValues>();
  const request = useRequestTrip();
  const showProblem = useFormProblem(form, TRIP_REQUEST_FIELDS);
  const picked = Form.useWatch('cadreId', form);
  const proxy = !ownCadreId;
  const cadreId = ownCadreId ?? picked?.value;
  const passports = usePassports({ cadreId, status: 'HELD', size: 100 }, Boolean(cadreId));
  const held = cadreId ? (passports.data?.items ?? []) : [];
  const none = Boolean(cadreId) && passports.isSuccess && held.length === 0;
  const today = dayjs(todayInBeijing());
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.trip.${key}`);

  const submit = (values: TripRequestValues) =>
    request.mutate(toTripRequest(values), {
      onSuccess: () => {
        void message.success(t('travel.request.sent'));
        onClose();
      },
      onError: (error) => {
        showProblem(error);
        if (error instanceof ApiError && problemSlug(error.problem) === 'trip-overlaps') {
          form.setFields([{ name: 'departOn', errors: [describeProblem(error, t).title] }]);
        }
      },
    });

  const passportOf = (id: string | undefined): HeldPassport | undefined => held.find((one) => one.id === id);

  return (
    <FormModal title={t(proxy ? 'travel.request.titleFor' : 'travel.request.title')} form={form} saving={request.isPending} width={640} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('travel.request.hint')}</Typography.Paragraph>
      {none && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t(proxy ? 'travel.request.noPassports' : 'travel.request.noPassportsOwn')} />}
      <Form<TripRequestValues>
        form={form}
        layout="vertical"
        name="tripRequest"
        onFinish={submit}
        onValuesChange={(changed: Partial<TripRequestValues>) => {
          if ('cadreId' in changed) form.setFieldValue('passportId', undefined);
        }}
      >
        {proxy && (
          <Form.Item name="cadreId" label={t('travel.request.cadre')} rules={[required]}>
            <CadreSelect placeholder={t('travel.request.cadrePlaceholder')} ariaLabel={t('travel.request.cadre')} />
          </Form.Item>
        )}
        <Form.Item
          name="passportId"
          label={t('travel.request.passport')}
          dependencies={['returnOn']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, id: string | undefined) => {
                const passport = passportOf(id);
                const returnOn = getFieldValue('returnOn') as Dayjs | undefined;
                return passport && returnOn && dayjs(passport.expiresOn).isBefore(returnOn, 'day')
                  ? Promise.reject(new Error(t('travel.request.expiresBeforeReturn')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Select
            aria-label={t('travel.request.passport')}
            placeholder={cadreId ? t('travel.request.passportPlaceholder') : t('travel.request.pickCadreFirst')}
            disabled={!cadreId}
            loading={passports.isFetching}
            options={held.map((passport) => ({
              value: passport.id,
              disabled: passport.expired,
              label: t('travel.request.passportOption', { kind: enumLabel(t, 'passportKind', passport.kind), number: passport.number, expiresOn: passport.expiresOn }),
            }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="destination" label={field('destination')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={100} placeholder={t('travel.request.destinationPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="purpose" label={field('purpose')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} placeholder={t('travel.request.purposePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="departOn" label={field('departOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(today, 'day')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="returnOn"
              label={field('returnOn')}
              dependencies={['departOn']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, returnOn: Dayjs | undefined) => {
                    const departOn = getFieldValue('departOn') as Dayjs | undefined;
                    return returnOn && departOn && returnOn.isBefore(departOn, 'day')
                      ? Promise.reject(new Error(t('travel.request.returnBeforeDepart')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(form.getFieldValue('departOn') ?? today, 'day')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
