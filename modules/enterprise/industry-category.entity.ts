import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Extensions, Field, ObjectType } from 'type-graphql';
import { keyedBy } from '../platform/cli/client-policies';

/** A class of the national industry classification (GB/T 4754-2017), written section letter plus four digits. */
@Entity({ tableName: 'industry_category' })
@Extensions(keyedBy('code'))
@ObjectType({ description: 'A class of the national economic industry classification (国民经济行业分类, GB/T 4754-2017).' })
export class IndustryCategory {
  @Field(() => String, { description: 'Section letter and class digits, e.g. C3973 (integrated circuit manufacturing).' })
  @PrimaryKey({ type: 'string', length: 5 })
  code!: string;

  @Field(() => String, { description: 'Name of the class, e.g. 集成电路制造.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Name of the section (门类), e.g. 制造业.' })
  @Property({ type: 'string', length: 100 })
  sectionName!: string;
}
