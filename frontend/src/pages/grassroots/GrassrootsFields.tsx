import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CadreSelect } from '../../components/cadre/CadrePicker';

/* Fields the grassroots dialogs share. */

/** The leader HR files for (代为登记), picked first; required. */
export function CadreField({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="cadreId" label={label} rules={[{ required: true, message: t('form.required') }]}>
      <CadreSelect placeholder={t('grassroots.cadrePlaceholder')} ariaLabel={label} />
    </Form.Item>
  );
}

/** A day up to `today` (Beijing's); required. */
export function PastDayField({ name, label, today }: { name: string; label: string; today: Dayjs }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('form.required') }]}>
      <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today, 'day')} />
    </Form.Item>
  );
}
