import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCadreLookup } from '../../api/queries';
import { useEnrol } from '../../api/trainingQueries';
import type { Enrolment } from '../../api/types';
import { problemMessage } from '../../components/problemText';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { designationBody } from '../../domain/trainingClass';

interface Picked {
  value: string;
  label: string;
}

/** 点名调训: find cadres of the user's scope by name or employee number and put them on the roster. */
export function DesignatePicker({ classId, roster }: { classId: string; roster: readonly Enrolment[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed.trim());
  const lookup = useCadreLookup(q);
  const [picked, setPicked] = useState<Picked[]>([]);
  const enrol = useEnrol();
  const onRoster = new Set(roster.filter((enrolment) => enrolment.status !== 'WITHDRAWN').map((enrolment) => enrolment.cadreId));

  const options = (q ? (lookup.data?.items ?? []) : []).map((cadre) => ({
    value: cadre.id!,
    label: `${cadre.name}（${cadre.employeeNumber}）`,
    unitName: cadre.unitName,
    disabled: onRoster.has(cadre.id),
  }));

  const designate = () =>
    enrol.mutate(
      { classId, body: designationBody(picked.map((cadre) => cadre.value)) },
      {
        onSuccess: (placed) => {
          const waitlisted = placed.filter((enrolment) => enrolment.status === 'WAITLISTED').length;
          void message.success(t('classes.designate.done', { count: placed.length - waitlisted, waitlisted }));
          setPicked([]);
        },
        onError: (error) => void message.error(problemMessage(error, t)),
      },
    );

  return (
    <Flex gap={8} align="center" wrap>
      <Select<Picked[]>
        mode="multiple"
        labelInValue
        value={picked}
        onChange={setPicked}
        options={options}
        optionRender={(option) => (
          <Flex justify="space-between" gap={8}>
            <span>{option.data.label}</span>
            <Typography.Text type="secondary">{option.data.disabled ? t('classes.designate.onRoster') : option.data.unitName}</Typography.Text>
          </Flex>
        )}
        showSearch={{ filterOption: false, onSearch: setTyped }}
        loading={lookup.isFetching}
        notFoundContent={q ? t('classes.designate.noMatch') : t('classes.designate.typeToSearch')}
        placeholder={t('classes.designate.placeholder')}
        aria-label={t('classes.designate.placeholder')}
        style={{ minWidth: 420, flex: 1 }}
      />
      <Button type="primary" icon={<UserAddOutlined />} disabled={picked.length === 0} loading={enrol.isPending} onClick={designate}>
        {t('classes.designate.submit')}
      </Button>
    </Flex>
  );
}
