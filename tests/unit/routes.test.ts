import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../src/domain/question-bank';
import { parseRoute, routeHash, type Route } from '../../src/router/routes';

describe('parseRoute', () => {
  it.each(['', '#', '#/', '#//'])('reads %j as the home screen', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'home' });
  });

  it('reads a workshop link', () => {
    expect(parseRoute('#/w/3f9c2a7b1d04e8a65c7f0b12')).toEqual({
      name: 'workshop',
      id: '3f9c2a7b1d04e8a65c7f0b12',
    });
  });

  it('accepts a trailing slash', () => {
    expect(parseRoute('#/w/abc_DEF-1/')).toEqual({ name: 'workshop', id: 'abc_DEF-1' });
  });

  it('reads the results of a workshop', () => {
    expect(parseRoute('#/w/abc/results')).toEqual({ name: 'results', id: 'abc' });
    expect(parseRoute('#/w/abc/results/extra')).toEqual({ name: 'notFound' });
  });

  it('reads the introduction step', () => {
    expect(parseRoute('#/w/abc/intro')).toEqual({ name: 'intro', id: 'abc' });
  });

  it('reads an area step', () => {
    expect(parseRoute('#/w/abc/area/moments')).toEqual({
      name: 'area',
      id: 'abc',
      areaId: 'moments',
    });
  });

  it('reads presenter mode for an area and for the results', () => {
    expect(parseRoute('#/w/abc/present/processes')).toEqual({
      name: 'present',
      id: 'abc',
      target: 'processes',
    });
    expect(parseRoute('#/w/abc/present/results/')).toEqual({
      name: 'present',
      id: 'abc',
      target: 'results',
    });
  });

  it('reads a comparison, with its baseline or still to pick one', () => {
    expect(parseRoute('#/w/abc/compare/base_1')).toEqual({
      name: 'compare',
      id: 'abc',
      baselineId: 'base_1',
    });
    expect(parseRoute('#/w/abc/compare')).toEqual({ name: 'compare', id: 'abc', baselineId: null });
  });

  it.each([
    ['a comparison with a baseline id that is no id', '#/w/abc/compare/a.b'],
    ['extra segments after a comparison', '#/w/abc/compare/base/2'],
    ['an unknown page', '#/foo'],
    ['an unknown area', '#/w/abc/area/results'],
    ['an area in the wrong case', '#/w/abc/area/Moments'],
    ['an area step without an area', '#/w/abc/area'],
    ['an unknown step', '#/w/abc/summary'],
    ['extra segments after an area', '#/w/abc/area/moments/extra'],
    ['extra segments after the introduction', '#/w/abc/intro/extra'],
    ['presenter mode without a target', '#/w/abc/present'],
    ['presenter mode of the introduction', '#/w/abc/present/intro'],
    ['presenter mode of an unknown area', '#/w/abc/present/Customers'],
    ['extra segments after presenter mode', '#/w/abc/present/customers/2'],
    ['a workshop link without an id', '#/w'],
    ['an id with a dot', '#/w/abc.def'],
    ['an id with encoded markup', '#/w/%3Cimg%3E'],
    ['an id with an encoded slash', '#/w/a%2Fb'],
    ['an id over 64 characters', `#/w/${'a'.repeat(65)}`],
    ['malformed percent-encoding', '#/%E0%A4%A'],
    ['malformed percent-encoding in the id', '#/w/%E0%A4%A/intro'],
  ])('reads %s as not found', (_, hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'notFound' });
  });
});

describe('routeHash', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'workshop', id: 'abc_DEF-1' },
    { name: 'intro', id: 'abc' },
    { name: 'results', id: 'abc' },
    { name: 'compare', id: 'abc', baselineId: 'base' },
    { name: 'compare', id: 'abc', baselineId: null },
    ...AREA_IDS.map((areaId): Route => ({ name: 'area', id: 'abc', areaId })),
    ...AREA_IDS.map((target): Route => ({ name: 'present', id: 'abc', target })),
    { name: 'present', id: 'abc', target: 'results' },
  ];

  it.each(routes.map((route) => [routeHash(route), route] as const))(
    'round-trips %s through parseRoute',
    (hash, route) => {
      expect(parseRoute(hash)).toEqual(route);
    },
  );

  it('formats the links the app uses', () => {
    expect(routeHash({ name: 'home' })).toBe('#/');
    expect(routeHash({ name: 'intro', id: 'abc' })).toBe('#/w/abc/intro');
    expect(routeHash({ name: 'results', id: 'abc' })).toBe('#/w/abc/results');
    expect(routeHash({ name: 'area', id: 'abc', areaId: 'internal-customers' })).toBe(
      '#/w/abc/area/internal-customers',
    );
    expect(routeHash({ name: 'present', id: 'abc', target: 'moments' })).toBe(
      '#/w/abc/present/moments',
    );
    expect(routeHash({ name: 'present', id: 'abc', target: 'results' })).toBe(
      '#/w/abc/present/results',
    );
  });

  it('sends "not found" to the home screen', () => {
    expect(routeHash({ name: 'notFound' })).toBe('#/');
  });
});

describe('team mode’s routes', () => {
  it('reads the team screen of a workshop', () => {
    expect(parseRoute('#/w/abc/team')).toEqual({ name: 'team', id: 'abc' });
    expect(routeHash({ name: 'team', id: 'abc' })).toBe('#/w/abc/team');
    expect(parseRoute('#/w/abc/team/more')).toEqual({ name: 'notFound' });
  });

  it('reads the links the codec makes, at the routes it names', async () => {
    const { encodeSetup, JOIN_ROUTE, linkTo, RETURN_ROUTE } =
      await import('../../src/persistence/team-link');
    const payload = await encodeSetup({
      code: 'K7M2QX',
      organisation: 'Hotel Mirador',
      bank: { id: 'momentos-cx', version: 2 },
      namesRequired: false,
    });
    const link = linkTo('https://example.org/sub/path/#/w/abc/team', JOIN_ROUTE, payload);
    expect(parseRoute(new URL(link).hash)).toEqual({ name: 'join', payload });
    expect(parseRoute(`${RETURN_ROUTE}a1.x.y`)).toEqual({ name: 'return', payload: 'a1.x.y' });
  });

  it('leaves a team link’s payload to the codec, and refuses a link with no payload or more parts', () => {
    expect(parseRoute('#/join/')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/join/s1.x/extra')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/return/a%20b')).toEqual({ name: 'return', payload: 'a b' });
  });
});
