import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../platform/errors/mutation';
import { Department } from './department.entity';

@InputType({ description: 'Narrows the service items.' })
export class ServiceItemFilter {
  @Field(() => String, { nullable: true, description: 'Only items of this department code.' })
  departmentCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only items that can (true) or cannot (false) be done fully online.' })
  fullyOnline?: boolean | null;
}

@InputType({ description: 'A new department.' })
export class DepartmentCreateInput {
  @Field(() => String, { description: 'Stable code: lower-case letters, digits and hyphens, e.g. market-regulation.' })
  code!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;
}

@InputType({ description: 'Renames a department; its code stays, since tokens and tasks refer to it.' })
export class DepartmentUpdateInput {
  @Field(() => ID, { description: 'Global id of the department.' })
  id!: string;

  @Field(() => String, { description: 'New name.' })
  name!: string;
}

@ObjectType({ description: 'Result of departmentCreate or departmentUpdate.' })
export class DepartmentPayload extends MutationPayload {
  @Field(() => Department, { nullable: true, description: 'The department.' })
  department: Department | null = null;
}
