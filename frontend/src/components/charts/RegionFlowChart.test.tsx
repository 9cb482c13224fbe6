import { screen } from '@testing-library/react';
import { flowMatrix } from '../../domain/rotation';
import { renderWithProviders } from '../../test/render';
import { matrixCell } from './barGeometry';
import { FLOW_FRAME, RegionFlowChart } from './RegionFlowChart';

describe('region flow chart', () => {
  const matrix = flowMatrix([
    { from: 'EAST', to: 'CENTRAL', postings: 3 },
    { from: 'EAST', to: 'WEST', postings: 4 },
    { from: 'WEST', to: 'EAST', postings: 1 },
  ]);

  it('puts each flow in its row (home) and column (host), darkest for the largest, and says them all', async () => {
    const { container } = renderWithProviders(<RegionFlowChart matrix={matrix} />);
    const chart = await screen.findByRole('img', { name: '东中西交流（派出地区 → 接收地区）：东部→中部 3 人次，东部→西部 4 人次，西部→东部 1 人次' });
    const eastToWest = container.querySelector('[data-from="EAST"][data-to="WEST"]')!;
    const [frame, fill] = eastToWest.querySelectorAll('rect');
    const { x, y } = matrixCell(0, 2, FLOW_FRAME);
    expect(frame).toHaveAttribute('x', String(x));
    expect(frame).toHaveAttribute('y', String(y));
    expect(fill).toHaveAttribute('fill-opacity', '1');
    expect(eastToWest).toHaveTextContent('4 人次');
    const westToEast = container.querySelector('[data-from="WEST"][data-to="EAST"]')!;
    expect(Number(westToEast.querySelectorAll('rect')[1].getAttribute('fill-opacity'))).toBeLessThan(0.5);
    expect(container.querySelector('[data-from="CENTRAL"][data-to="CENTRAL"] rect:nth-of-type(2)')).toHaveAttribute('fill-opacity', '0');
    expect(chart.querySelectorAll('[data-from]')).toHaveLength(9);
  });

  it('reads in English too', async () => {
    renderWithProviders(<RegionFlowChart matrix={matrix} />, { locale: 'en-US' });
    expect(await screen.findByRole('img', { name: /^East\/central\/west exchanges \(home → host\): East→Central 3, East→West 4, West→East 1$/ })).toBeInTheDocument();
  });
});
