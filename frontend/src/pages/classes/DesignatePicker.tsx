import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnrol } from '../../api/trainingQueries';
import type { Enrolment } from '../../api/types';
import { CadrePicker, type PickedCadre } from '../../components/cadre/CadrePicker';
import { problemMessage } from '../../components/problemText';
import { designationBody } from '../../domain/trainingClass';

/** 点名调训: find cadres of the user's scope by name or employee number and put them on the roster. */
export function DesignatePicker({ classId, roster }: { classId: string; roster: readonly Enrolment[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<PickedCadre[]>([]);
  const enrol = useEnrol();
  const onRoster = new Set(roster.filter((enrolment) => enrolment.status !== 'WITHDRAWN').map((enrolment) => enrolment.cadreId));

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
      <CadrePicker
        value={picked}
        onChange={setPicked}
        taken={onRoster}
        takenLabel={t('classes.designate.onRoster')}
        placeholder={t('classes.designate.placeholder')}
        ariaLabel={t('classes.designate.placeholder')}
        style={{ minWidth: 420, flex: 1 }}
      />
      <Button type="primary" icon={<UserAddOutlined />} disabled={picked.length === 0} loading={enrol.isPending} onClick={designate}>
        {t('classes.designate.submit')}
      </Button>
    </Flex>
  );
}
