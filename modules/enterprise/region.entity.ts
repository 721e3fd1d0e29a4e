import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Extensions, Field, ObjectType } from 'type-graphql';
import { keyedBy } from '../platform/cli/client-policies';

/** An administrative division (GB/T 2260) at county level. */
@Entity({ tableName: 'region' })
@Extensions(keyedBy('code'))
@ObjectType({ description: 'An administrative division at county level (行政区划, GB/T 2260).' })
export class Region {
  @Field(() => String, { description: 'Six-digit division code, e.g. 330822 for Changshan county.' })
  @PrimaryKey({ type: 'string', length: 6 })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 常山县.' })
  @Property({ type: 'string', length: 100 })
  name!: string;
}
