import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumOptions, RANK_LEVELS } from '../../domain/enums';
import { UnitTreeSelect } from '../UnitTreeSelect';

/* The fields the create dialogs of the selection pages share: the unit a record belongs to and the level of its post. */

/** The unit, one of the user's scope; required. */
export function UnitField({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="unitId" label={label} rules={[{ required: true, message: t('form.required') }]}>
      <UnitTreeSelect aria-label={label} />
    </Form.Item>
  );
}

/** A rank level (职务层次) from the code list; required. */
export function RankLevelField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('form.required') }]}>
      <Select options={enumOptions(t, 'rankLevel', RANK_LEVELS)} aria-label={label} />
    </Form.Item>
  );
}
