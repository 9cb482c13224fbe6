import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unitTree } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { UnitTreeSelect } from './UnitTreeSelect';

describe('the unit picker', () => {
  it('takes no search until the units are there, then finds a unit two levels down by its name', async () => {
    let arrive: (units: typeof unitTree) => void = () => undefined;
    const units = new Promise<typeof unitTree>((resolve) => (arrive = resolve));
    renderWithProviders(<UnitTreeSelect aria-label="单位" />, { handlers: { 'GET /api/units': () => units } });

    const field = screen.getByLabelText('单位');
    expect(field).toBeDisabled();

    arrive(unitTree);
    await waitFor(() => expect(field).toBeEnabled());
    await userEvent.type(field, '深圳');
    // 深圳 lies under 广东, whose children the tree renders only once a search (or a click) unfolds it
    expect(await screen.findByTitle('深圳市邮政管理局')).toBeInTheDocument();
    expect(screen.queryByTitle('北京市邮政管理局')).toBeNull();
  });
});
