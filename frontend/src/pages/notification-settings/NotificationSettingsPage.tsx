import { App, Button, Card, Flex, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChoosePreferences, usePreferences } from '../../api/notificationQueries';
import type { NotificationChannel, NotificationKindChoice, PreferencesChange } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CalendarFeedCard } from './CalendarFeedCard';

const CHANNELS: NotificationChannel[] = ['IN_APP', 'EMAIL', 'DIGEST', 'OFF'];

/**
 * 通知设置: per kind of notification, in the app only, by e-mail, in the daily digest or off; the e-mail's language; and
 * the calendar feed.
 */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const preferences = usePreferences();
  const choose = useChoosePreferences();
  // what the user changed, over what the server has
  const [chosenLanguage, setLanguage] = useState<PreferencesChange['language']>();
  const [chosenChannels, setChannels] = useState<Record<string, NotificationChannel>>({});
  const language = chosenLanguage ?? preferences.data?.language ?? 'zh';
  const channels = { ...Object.fromEntries((preferences.data?.kinds ?? []).map((k) => [k.kind, k.channel])), ...chosenChannels };

  const save = () =>
    choose.mutate({ language, channels }, { onSuccess: () => void message.success(t('notificationSettings.saved')) });

  return (
    <Flex vertical gap={16}>
      <Card title={t('notificationSettings.title')}>
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('notificationSettings.intro')}
          </Typography.Paragraph>
          {preferences.error && <ProblemAlert error={preferences.error} onRetry={() => preferences.refetch()} />}
          {choose.error && <ProblemAlert error={choose.error} />}
          <Flex gap={12} align="center">
            <Typography.Text id="mail-language">{t('notificationSettings.language')}</Typography.Text>
            <Radio.Group
              aria-labelledby="mail-language"
              name="mail-language"
              value={language}
              onChange={(e) => setLanguage(e.target.value as PreferencesChange['language'])}
              options={[
                { value: 'zh', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Flex>
          <Table<NotificationKindChoice>
            rowKey="kind"
            loading={preferences.isLoading}
            dataSource={preferences.data?.kinds ?? []}
            pagination={false}
            columns={[
              { title: t('notificationSettings.kind'), dataIndex: 'label', key: 'label' },
              {
                title: t('notificationSettings.channel'),
                key: 'channel',
                render: (_, choice) => (
                  <Flex vertical gap={4}>
                    <Radio.Group
                      aria-label={choice.label}
                      name={`channel-${choice.kind}`}
                      optionType="button"
                      size="small"
                      value={channels[choice.kind]}
                      onChange={(e) => setChannels((now) => ({ ...now, [choice.kind]: e.target.value as NotificationChannel }))}
                      options={CHANNELS.map((channel) => ({ value: channel, label: t(`notificationSettings.channels.${channel}`) }))}
                    />
                    <Typography.Text type="secondary">
                      {t('notificationSettings.defaultIs', { channel: t(`notificationSettings.channels.${choice.defaultChannel}`) })}
                    </Typography.Text>
                  </Flex>
                ),
              },
            ]}
          />
          <div>
            <Button type="primary" loading={choose.isPending} disabled={!preferences.data} onClick={save}>
              {t('notificationSettings.save')}
            </Button>
          </div>
        </Flex>
      </Card>
      <CalendarFeedCard />
    </Flex>
  );
}
