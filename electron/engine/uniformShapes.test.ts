import { describe, expect, it } from 'vitest';
import { Component } from '../../shared/model/component';
import { Connection } from '../../shared/model/connection';
import { uniformComponent, uniformConnection, withUniformShapes } from './uniformShapes';
import { randomModel } from './testing/randomModel';

describe('withUniformShapes', () => {
  it('copies every field the schemas define, in schema order, so no field is lost when the schema grows', () => {
    const project = randomModel(7, 30).build();
    expect(Object.keys(uniformComponent(project.components[0]!))).toEqual(Object.keys(Component.shape));
    expect(Object.keys(uniformConnection(project.connections[0]!))).toEqual(Object.keys(Connection.shape));
  });

  it('keeps every value: the copies read exactly like the parsed records', () => {
    const project = randomModel(11, 40).build();
    const uniform = withUniformShapes(project);
    // toEqual ignores the undefined fields the copies carry; every stated value must match.
    expect(uniform).toEqual(project);
    expect(uniform).not.toStrictEqual(project);
    expect(uniform.components).not.toBe(project.components);
    expect(uniform.components.every((c, i) => c !== project.components[i])).toBe(true);
  });
});
