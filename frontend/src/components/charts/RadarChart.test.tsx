import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { RadarChart } from './RadarChart';
import { pointsAttribute, radarPoint, radarPolygon, type RadarFrame } from './radarGeometry';

const frame: RadarFrame = { center: { x: 200, y: 200 }, radius: 100, max: 100 };

describe('radar geometry', () => {
  it('puts the first axis straight up and the others clockwise, a score as far out as its share of the maximum', () => {
    expect(radarPoint(0, 8, 100, frame)).toEqual({ x: 200, y: 100 });
    expect(radarPoint(2, 8, 50, frame)).toEqual({ x: 250, y: 200 });
    expect(radarPoint(4, 8, 80, frame)).toEqual({ x: 200, y: 280 });
    expect(radarPoint(6, 8, 100, frame)).toEqual({ x: 100, y: 200 });
    // 45° down to the right: 60 × cos 45° = 42.43
    expect(radarPoint(3, 8, 60, frame)).toEqual({ x: 242.43, y: 242.43 });
  });

  it('keeps scores beyond the scale on its edge and a zero in the centre', () => {
    expect(radarPoint(0, 8, 130, frame)).toEqual({ x: 200, y: 100 });
    expect(radarPoint(5, 8, 0, frame)).toEqual({ x: 200, y: 200 });
  });

  it('makes one corner per score and leaves out axes without one', () => {
    expect(radarPolygon([100, null, 50, undefined], frame)).toEqual([
      { x: 200, y: 100 },
      { x: 200, y: 250 },
    ]);
    expect(pointsAttribute([{ x: 1, y: 2.5 }, { x: 3, y: 4 }])).toBe('1,2.5 3,4');
  });
});

describe('radar chart', () => {
  const axes = ['学习本领', '政治领导本领', '改革创新本领', '科学发展本领', '依法执政本领', '群众工作本领', '狠抓落实本领', '驾驭风险本领'];
  const scores = [100, 50, 80, 60, 40, 75, 90, 20];
  const medians = [70, 70, 70, 70, 70, 70, 70, null];

  it('draws each series as a polygon through its scores on the eight axes, with a legend', async () => {
    const { container } = renderWithProviders(
      <RadarChart
        title="陈建国 的八项本领得分"
        axes={axes}
        series={[
          { key: 'score', label: '得分', values: scores, color: '#0b6e4f' },
          { key: 'peerMedian', label: '同职级中位数', values: medians, color: '#faad14', dashed: true },
        ]}
      />,
    );

    expect(await screen.findByRole('img', { name: '陈建国 的八项本领得分' })).toBeInTheDocument();
    const chartFrame: RadarFrame = { center: { x: 280, y: 190 }, radius: 130, max: 100 };
    const polygon = container.querySelector('polygon[data-series="score"]')!;
    const corners = polygon.getAttribute('points')!.split(' ');
    expect(corners).toHaveLength(8);
    expect(corners[0]).toBe('280,60'); // 100 on the first axis: the top of the chart
    expect(corners[2]).toBe('384,190'); // 80 on the third: 0.8 × 130 to the right of the centre
    expect(corners).toEqual(scores.map((score, index) => pointsAttribute([radarPoint(index, 8, score, chartFrame)])));

    const peers = container.querySelector('polygon[data-series="peerMedian"]')!;
    expect(peers.getAttribute('points')!.split(' ')).toHaveLength(7);
    expect(peers).toHaveAttribute('stroke-dasharray');
    for (const axis of axes) expect(screen.getByText(axis)).toBeInTheDocument();
    expect(screen.getByText('得分')).toBeInTheDocument();
    expect(screen.getByText('同职级中位数')).toBeInTheDocument();
  });
});
