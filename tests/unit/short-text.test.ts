import { describe, expect, it } from 'vitest';
import { shortText } from '../../src/components/short-text';

describe('shortText', () => {
  it('keeps a text that fits, on one line', () => {
    expect(shortText('Check-in', 20)).toBe('Check-in');
    expect(shortText('  Pedir\ncita   por teléfono ', 40)).toBe('Pedir cita por teléfono');
  });

  it('cuts a long text at a space, within the limit, with an ellipsis', () => {
    const text = 'Llamada para cambiar la reserva de la habitación del fin de semana';
    const short = shortText(text, 30);
    expect(short).toBe('Llamada para cambiar la…');
    expect(short.length).toBeLessThanOrEqual(30);
    expect(shortText('x'.repeat(2000), 100)).toHaveLength(100);
  });
});
