import { Field, Int, ObjectType } from 'type-graphql';
import { UserErrorCode } from '../../platform/errors/user-error';

@ObjectType({ description: 'A row the import rejected, with why.' })
export class ImportRowError {
  @Field(() => Int, {
    description: 'Line of the file where the row starts, the header being line 1; blank lines and line breaks inside quoted values count.',
  })
  line!: number;

  @Field(() => [String], { description: 'Column at fault; empty when the row as a whole was refused.' })
  field!: string[];

  @Field(() => UserErrorCode, { description: 'Stable code.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'What is wrong.' })
  message!: string;
}
