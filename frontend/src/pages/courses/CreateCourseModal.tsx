import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateCourse } from '../../api/trainingQueries';
import type { Course } from '../../api/types';
import { applyProblemToForm } from '../../components/formErrors';
import { problemMessage } from '../../components/problemText';
import { COURSE_FORM_FIELDS, CourseForm, toCourseRequest, type CourseFormValues } from './CourseForm';

/** 新建课程, for HR and administrators; the new course opens in the drawer afterwards. */
export function CreateCourseModal({ onClose, onCreated }: { onClose: () => void; onCreated: (course: Course) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CourseFormValues>();
  const create = useCreateCourse();

  const submit = (values: CourseFormValues) =>
    create.mutate(toCourseRequest(values), {
      onSuccess: (course) => {
        void message.success(t('courses.created', { title: course.title }));
        onClose();
        onCreated(course);
      },
      onError: (error) => {
        applyProblemToForm(form, error, COURSE_FORM_FIELDS);
        void message.error(problemMessage(error, t));
      },
    });

  return (
    <Modal
      open
      title={t('courses.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={720}
      destroyOnHidden
    >
      <CourseForm form={form} onSubmit={submit} />
    </Modal>
  );
}
