import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Form, Radio, Space, Typography, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from '../../api/queries';

export interface ImportFormValues {
  mode: ImportMode;
  file: UploadFile[];
}

export const IMPORT_FORM_FIELDS = ['mode', 'file'] as const;
const XLSX = /\.xlsx$/i;
export const TEMPLATE_URL = '/api/cadres/import/template';

interface Props {
  form: ReturnType<typeof Form.useForm<ImportFormValues>>[0];
  submitting: boolean;
  onSubmit: (values: { file: File; mode: ImportMode }) => void;
}

/** Template link, mode choice and the xlsx drop zone; the file is sent only when the user presses import. */
export function ImportForm({ form, submitting, onSubmit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  return (
    <Form<ImportFormValues>
      form={form}
      layout="vertical"
      initialValues={{ mode: 'partial', file: [] }}
      onFinish={(values) => {
        const file = values.file[0]?.originFileObj;
        if (file) onSubmit({ file, mode: values.mode });
      }}
    >
      <Form.Item label={t('rosterImport.template.label')} extra={t('rosterImport.template.hint')}>
        <Button icon={<DownloadOutlined />} href={TEMPLATE_URL} download>
          {t('rosterImport.template.download')}
        </Button>
      </Form.Item>
      <Form.Item name="mode" label={t('rosterImport.mode.label')}>
        <Radio.Group>
          <Space orientation="vertical">
            <Radio value="partial">
              {t('rosterImport.mode.partial')}
              <Typography.Text type="secondary"> — {t('rosterImport.mode.partialHint')}</Typography.Text>
            </Radio>
            <Radio value="all-or-nothing">
              {t('rosterImport.mode.allOrNothing')}
              <Typography.Text type="secondary"> — {t('rosterImport.mode.allOrNothingHint')}</Typography.Text>
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="file"
        label={t('rosterImport.file.label')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
        rules={[{ validator: (_, files: UploadFile[]) => (files?.length ? Promise.resolve() : Promise.reject(new Error(t('rosterImport.file.required')))) }]}
      >
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          beforeUpload={(file) => {
            if (!XLSX.test(file.name)) {
              void message.error(t('rosterImport.file.xlsxOnly', { name: file.name }));
              return Upload.LIST_IGNORE;
            }
            return false; // keep the file until the user presses import
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('rosterImport.file.drop')}</p>
          <p className="ant-upload-hint">{t('rosterImport.file.hint')}</p>
        </Upload.Dragger>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting}>
        {t('rosterImport.submit')}
      </Button>
    </Form>
  );
}
