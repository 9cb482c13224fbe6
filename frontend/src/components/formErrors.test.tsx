import { screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../api/problem';
import { renderWithProviders } from '../test/render';
import { applyProblemToForm, onListFields } from './formErrors';

const error = new ApiError(
  {
    type: 'https://benling.org/problems/validation',
    status: 400,
    violations: [
      { field: 'file', message: 'the upload could not be read' },
      { field: 'rows[3].birthDate', message: '出生日期格式应为 yyyy-mm-dd' },
      { field: 'sort', message: 'not sortable' },
    ],
  },
  400,
);

function RejectedForm({ onUnplaced }: { onUnplaced: (fields: (string | undefined)[]) => void }) {
  const [form] = Form.useForm();
  useEffect(() => {
    onUnplaced(applyProblemToForm(form, error, ['file', 'rows']).map((v) => v.field));
  }, [form, onUnplaced]);
  return (
    <Form form={form}>
      <Form.Item name="file" label="file">
        <Input />
      </Form.Item>
      <Form.Item name={['rows', 3, 'birthDate']} label="birth date of row 3">
        <Input />
      </Form.Item>
    </Form>
  );
}

describe('server violations on form fields', () => {
  it('shows each message under the field it names, rows[N].field included, and hands back the rest', async () => {
    const unplaced = vi.fn();
    renderWithProviders(<RejectedForm onUnplaced={unplaced} />);

    await waitFor(() => expect(screen.getByText('the upload could not be read')).toBeInTheDocument());
    const rowInput = screen.getByLabelText('birth date of row 3');
    expect(rowInput.closest('.ant-form-item')).toHaveTextContent('出生日期格式应为 yyyy-mm-dd');
    expect(screen.getByLabelText('file').closest('.ant-form-item')).toHaveClass('ant-form-item-has-error');
    expect(screen.queryByText('not sortable')).not.toBeInTheDocument();
    expect(unplaced).toHaveBeenCalledWith(['sort']);
  });
});

describe('violations of a list’s items', () => {
  const rejected = new ApiError(
    {
      type: 'https://benling.org/problems/validation',
      status: 400,
      violations: [
        { field: 'attendeeIds[1]', message: 'not an active cadre of the unit' },
        { field: 'rows[3].birthDate', message: 'bad day' },
        { field: 'topic', message: 'required' },
      ],
    },
    400,
  );

  it('puts them on the list’s field, saying which item when asked, and leaves the others as they were', () => {
    const moved = onListFields(rejected, ['attendeeIds'], (list, index, message) => `${list} #${index}: ${message}`) as ApiError;
    expect(moved.violations).toEqual([
      { field: 'attendeeIds', message: 'attendeeIds #1: not an active cadre of the unit' },
      { field: 'rows[3].birthDate', message: 'bad day' },
      { field: 'topic', message: 'required' },
    ]);
    expect(moved.status).toBe(400);
    expect((onListFields(rejected, ['attendeeIds']) as ApiError).violations[0]).toEqual({ field: 'attendeeIds', message: 'not an active cadre of the unit' });
  });

  it('hands back an error with nothing to move, or no API error, as it was', () => {
    expect(onListFields(rejected, ['speakers'])).toBe(rejected);
    const network = new TypeError('Failed to fetch');
    expect(onListFields(network, ['attendeeIds'])).toBe(network);
  });
});
