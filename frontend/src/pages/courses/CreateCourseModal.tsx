import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateCourse } from '../../api/trainingQueries';
import type { Course } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { COURSE_FORM_FIELDS, CourseForm, toCourseRequest, type CourseFormValues } from './CourseForm';

/** 新建课程, for HR and administrators; the new course opens in the drawer afterwards. */
export function CreateCourseModal({ onClose, onCreated }: { onClose: () => void; onCreated: (course: Course) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CourseFormValues>();
  const create = useCreateCourse();
  const showProblem = useFormProblem(form, COURSE_FORM_FIELDS);

  const submit = (values: CourseFormValues) =>
    create.mutate(toCourseRequest(values), {
      onSuccess: (course) => {
        void message.success(t('courses.created', { title: course.title }));
        onClose();
        onCreated(course);
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('courses.create')} form={form} saving={create.isPending} width={720} onClose={onClose}>
      <CourseForm form={form} onSubmit={submit} />
    </FormModal>
  );
}
