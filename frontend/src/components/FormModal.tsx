import { Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** The form inside: 保存 submits it. */
  form: FormInstance;
  saving: boolean;
  width: number;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog around a create form, with 保存 and 取消. */
export function FormModal({ title, form, saving, width, onClose, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      width={width}
      destroyOnHidden
    >
      {children}
    </Modal>
  );
}
