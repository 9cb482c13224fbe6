import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, type FormItemProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalMatters } from '../../api/types';
import { enumOptions, FAMILY_RELATIONS, INVESTMENT_KINDS, MARITAL_STATUSES, PASSPORT_KINDS } from '../../domain/enums';

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: Dayjs };

/** The form's values: as the API's content, with the dates as pickers hold them. */
export interface PersonalMattersValues {
  maritalStatus: PersonalMatters['maritalStatus'];
  family: PersonalMatters['family'];
  passports: Dated<PersonalMatters['passports'][number], 'expiresOn'>[];
  tripsAbroad: Dated<PersonalMatters['tripsAbroad'][number], 'departedOn' | 'returnedOn'>[];
  income: { salary: number; other: number; note?: string | null };
  properties: { address: string; areaSqm: number; owner: string }[];
  investments: { kind: PersonalMatters['investments'][number]['kind']; description: string; amount: number }[];
}

const day = (value: Dayjs) => value.format('YYYY-MM-DD');

/** The form's values as the API takes them (dates as ISO days, amounts as decimals). */
export function toPersonalMatters(v: PersonalMattersValues): PersonalMatters {
  return {
    maritalStatus: v.maritalStatus,
    family: (v.family ?? []).map((m) => ({ ...m, livesAbroad: Boolean(m.livesAbroad) })),
    passports: (v.passports ?? []).map((p) => ({ ...p, expiresOn: day(p.expiresOn) })),
    tripsAbroad: (v.tripsAbroad ?? []).map((trip) => ({ ...trip, departedOn: day(trip.departedOn), returnedOn: day(trip.returnedOn) })),
    income: { salary: v.income.salary, other: v.income.other ?? 0, note: v.income.note || null },
    properties: v.properties ?? [],
    investments: v.investments ?? [],
  };
}

/** A report's content as the form's values (an empty report for none). */
export function fromPersonalMatters(content: PersonalMatters | undefined | null): PersonalMattersValues {
  if (!content) {
    return { maritalStatus: 'MARRIED', family: [], passports: [], tripsAbroad: [], income: { salary: 0, other: 0 }, properties: [], investments: [] };
  }
  return {
    maritalStatus: content.maritalStatus,
    family: content.family,
    passports: content.passports.map((p) => ({ ...p, expiresOn: dayjs(p.expiresOn) })),
    tripsAbroad: content.tripsAbroad.map((trip) => ({ ...trip, departedOn: dayjs(trip.departedOn), returnedOn: dayjs(trip.returnedOn) })),
    income: { salary: Number(content.income.salary), other: Number(content.income.other), note: content.income.note },
    properties: content.properties.map((p) => ({ ...p, areaSqm: Number(p.areaSqm) })),
    investments: content.investments.map((i) => ({ ...i, amount: Number(i.amount) })),
  };
}

/** The server's fields of the content (`content.family[0].name`) as the form's names. */
export const CONTENT_FIELDS = ['maritalStatus', 'family', 'passports', 'tripsAbroad', 'income', 'properties', 'investments'] as const;

interface ListProps {
  name: string;
  title: string;
  blank: object;
  children: (index: number) => ReactNode;
}

/** One section of the report: rows the cadre adds and removes. */
function Rows({ name, title, blank, children }: ListProps) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Card size="small" title={title} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => add(blank)}>{t('personalMatters.form.add')}</Button>}>
          <Flex vertical gap={8}>
            {rows.length === 0 && <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('personalMatters.form.none')}</span>}
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                <div style={{ flex: 1 }}>{children(row.name)}</div>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('personalMatters.form.remove')} onClick={() => remove(row.name)} />
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
    </Form.List>
  );
}

/** One field of a row of the report, `span` of the row's 24 columns wide. */
function Cell({ span, children, ...item }: FormItemProps & { span: number }) {
  return (
    <Col span={span}>
      <Form.Item {...item}>{children}</Form.Item>
    </Col>
  );
}

/** 个人有关事项: the sections of the report (领导干部报告个人有关事项规定 articles 3 and 4), inside a Form. */
export function PersonalMattersFields() {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.personalMatters.${key}`);
  const required = { required: true, message: t('form.required') };
  return (
    <Flex vertical gap={12}>
      <Form.Item name="maritalStatus" label={t('personalMatters.form.maritalStatus')} rules={[required]} style={{ maxWidth: 240 }}>
        <Select options={enumOptions(t, 'maritalStatus', MARITAL_STATUSES)} />
      </Form.Item>
      <Rows name="family" title={t('personalMatters.form.family')} blank={{ relation: 'SPOUSE', livesAbroad: false }}>
        {(i) => (
          <Row gutter={8}>
            <Cell span={4} name={[i, 'relation']} label={field('relation')} rules={[required]}>
              <Select options={enumOptions(t, 'familyRelation', FAMILY_RELATIONS)} />
            </Cell>
            <Cell span={4} name={[i, 'name']} label={field('name')} rules={[required]}>
              <Input maxLength={50} />
            </Cell>
            <Cell span={6} name={[i, 'employer']} label={field('employer')}>
              <Input maxLength={200} />
            </Cell>
            <Cell span={4} name={[i, 'post']} label={field('post')}>
              <Input maxLength={100} />
            </Cell>
            <Cell span={2} name={[i, 'livesAbroad']} label={field('livesAbroad')} valuePropName="checked">
              <Checkbox />
            </Cell>
            <Cell span={4} name={[i, 'country']} label={field('country')}>
              <Input maxLength={100} />
            </Cell>
          </Row>
        )}
      </Rows>
      <Rows name="passports" title={t('personalMatters.form.passports')} blank={{ kind: 'PASSPORT' }}>
        {(i) => (
          <Row gutter={8}>
            <Cell span={8} name={[i, 'kind']} label={field('kind')} rules={[required]}>
              <Select options={enumOptions(t, 'passportKind', PASSPORT_KINDS)} />
            </Cell>
            <Cell span={8} name={[i, 'number']} label={field('number')} rules={[required]}>
              <Input maxLength={30} />
            </Cell>
            <Cell span={8} name={[i, 'expiresOn']} label={field('expiresOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Cell>
          </Row>
        )}
      </Rows>
      <Rows name="tripsAbroad" title={t('personalMatters.form.trips')} blank={{}}>
        {(i) => (
          <Row gutter={8}>
            <Cell span={5} name={[i, 'departedOn']} label={field('departedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Cell>
            <Cell span={5} name={[i, 'returnedOn']} label={field('returnedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Cell>
            <Cell span={6} name={[i, 'destination']} label={field('destination')} rules={[required]}>
              <Input maxLength={100} />
            </Cell>
            <Cell span={8} name={[i, 'purpose']} label={field('purpose')} rules={[required]}>
              <Input maxLength={200} />
            </Cell>
          </Row>
        )}
      </Rows>
      <Card size="small" title={t('personalMatters.form.income')}>
        <Row gutter={8}>
          <Cell span={6} name={['income', 'salary']} label={field('salary')} rules={[required]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Cell>
          <Cell span={6} name={['income', 'other']} label={field('other')} rules={[required]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Cell>
          <Cell span={12} name={['income', 'note']} label={field('note')}>
            <Input maxLength={500} />
          </Cell>
        </Row>
      </Card>
      <Rows name="properties" title={t('personalMatters.form.properties')} blank={{}}>
        {(i) => (
          <Row gutter={8}>
            <Cell span={12} name={[i, 'address']} label={field('address')} rules={[required]}>
              <Input maxLength={200} />
            </Cell>
            <Cell span={6} name={[i, 'areaSqm']} label={field('areaSqm')} rules={[required]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Cell>
            <Cell span={6} name={[i, 'owner']} label={field('owner')} rules={[required]}>
              <Input maxLength={50} />
            </Cell>
          </Row>
        )}
      </Rows>
      <Rows name="investments" title={t('personalMatters.form.investments')} blank={{ kind: 'FUND' }}>
        {(i) => (
          <Row gutter={8}>
            <Cell span={6} name={[i, 'kind']} label={field('kind')} rules={[required]}>
              <Select options={enumOptions(t, 'investmentKind', INVESTMENT_KINDS)} />
            </Cell>
            <Cell span={12} name={[i, 'description']} label={field('description')} rules={[required]}>
              <Input maxLength={200} />
            </Cell>
            <Cell span={6} name={[i, 'amount']} label={field('amount')} rules={[required]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Cell>
          </Row>
        )}
      </Rows>
    </Flex>
  );
}
