// The radar for the PDF: drawn on a detached, fixed-size canvas with no animation at a pixel ratio
// of 1, so the image is the same on every screen and device.
import { loadChart } from '../charts/chart';
import { radarConfig } from '../charts/chart-config';

const SIZE = 900;

export async function radarImage(labels: string[], values: (number | null)[], seriesLabel: string) {
  const Chart = await loadChart();
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const config = radarConfig({
    labels,
    values,
    seriesLabel,
    animate: false,
    responsive: false,
    devicePixelRatio: 1,
    fontSize: 26,
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
