import { DatePicker, Form, type FormItemProps } from 'antd';

/** A form's day field: a date picker as wide as its column. */
export function DateItem(props: FormItemProps) {
  return (
    <Form.Item {...props}>
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}
