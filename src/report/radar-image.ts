// The radar for the PDF: drawn on a detached canvas of a fixed size, on white, at twice its
// resolution and with no animation, so the image is the same whatever the window or the device.
import { loadChart } from '../charts/chart';
import { radarConfig, type ChartLabel, type RadarInput } from '../charts/chart-config';

/** The chart's size in CSS pixels; drawn at PIXEL_RATIO times that. */
export const RADAR_SIZE = 460;
export const PIXEL_RATIO = 2;

export async function radarImage(
  labels: ChartLabel[],
  values: (number | null)[],
  seriesLabel: string,
  band?: RadarInput['band'],
  baseline?: RadarInput['baseline'],
) {
  const Chart = await loadChart();
  const canvas = document.createElement('canvas');
  canvas.width = RADAR_SIZE;
  canvas.height = RADAR_SIZE;
  const config = radarConfig({
    labels,
    values,
    seriesLabel,
    animate: false,
    responsive: false,
    devicePixelRatio: PIXEL_RATIO,
    fontSize: 15,
    band,
    baseline,
  });
  // A white background (a JPEG has no transparency; transparent areas would turn black).
  config.plugins = [
    {
      id: 'momentos-white',
      beforeDraw: (chart) => {
        chart.ctx.save();
        chart.ctx.fillStyle = '#ffffff';
        chart.ctx.fillRect(0, 0, chart.width, chart.height);
        chart.ctx.restore();
      },
    },
  ];
  const chart = new Chart(canvas, config);
  try {
    // JPEG goes into the PDF as it is; a PNG would be decoded and re-compressed by jsPDF (slow).
    return canvas.toDataURL('image/jpeg', 0.92);
  } finally {
    chart.destroy();
  }
}
