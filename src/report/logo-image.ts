// The host's logo (an SVG or PNG file of the site, config.json) as a PNG for the report's cover: drawn
// once on a canvas at a fixed height, keeping its proportions. A logo that cannot be drawn is left out.
import type { ReportBrand } from './report-model';

const HEIGHT = 160;
const MAX_WIDTH = 640;

let last: { url: string; image: Promise<ReportBrand['logo']> } | null = null;

async function draw(url: string): Promise<ReportBrand['logo']> {
  const image = new Image();
  image.src = url;
  await image.decode();
  // An SVG without a size of its own draws square.
  const ratio =
    image.naturalWidth > 0 && image.naturalHeight > 0
      ? image.naturalWidth / image.naturalHeight
      : 1;
  const height = Math.round(Math.min(HEIGHT, MAX_WIDTH / ratio));
  const width = Math.max(1, Math.round(height * ratio));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(image, 0, 0, width, height);
  return { data: canvas.toDataURL('image/png'), width, height };
}

/** The brand for the cover, its logo drawn (or null when the site has no brand). */
export async function reportBrand(
  brand: { name: string | null; logo: string | null } | undefined,
): Promise<ReportBrand | null> {
  if (!brand || (!brand.name && !brand.logo)) return null;
  let logo: ReportBrand['logo'] = null;
  if (brand.logo) {
    if (last?.url !== brand.logo) last = { url: brand.logo, image: draw(brand.logo) };
    logo = await last.image.catch(() => null);
  }
  return { name: brand.name, logo };
}
