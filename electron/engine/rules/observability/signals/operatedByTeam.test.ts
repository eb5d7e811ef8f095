import { describe, expect, it } from 'vitest';
import type { Component } from '../../../../../shared/model/component';
import { operatedByTeam } from './operatedByTeam';

const component = (kind: Component['kind'], managed?: boolean): Component =>
  ({ id: '00000000-0000-4000-8000-000000000001', name: 'x', kind, ...(managed === undefined ? {} : { deployment: { managed } }) }) as Component;

describe('operatedByTeam', () => {
  it('excludes clients and third-party APIs, and provider CDN/DNS/object storage unless self-run', () => {
    expect(operatedByTeam(component('client'))).toBe(false);
    expect(operatedByTeam(component('external-api'))).toBe(false);
    expect(operatedByTeam(component('cdn'))).toBe(false);
    expect(operatedByTeam(component('object-storage', true))).toBe(false);
    expect(operatedByTeam(component('dns', false))).toBe(true);
    expect(operatedByTeam(component('service'))).toBe(true);
    expect(operatedByTeam(component('database', false))).toBe(true);
  });

  it('excludes monitoring tools and whatever a provider manages', () => {
    expect(operatedByTeam(component('monitoring'))).toBe(false);
    expect(operatedByTeam(component('monitoring', false))).toBe(false);
    expect(operatedByTeam(component('database', true))).toBe(false);
    expect(operatedByTeam(component('load-balancer', true))).toBe(false);
    expect(operatedByTeam(component('load-balancer'))).toBe(true);
  });
});
