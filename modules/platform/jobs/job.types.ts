import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../errors/mutation';

@ObjectType({ description: 'A background job that a module registers.' })
export class JobDescription {
  @Field(() => String, { description: 'Queue name, e.g. calendar.coverage-check.' })
  name!: string;

  @Field(() => String, { description: 'What the job does.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Cron schedule in Asia/Shanghai; null for on-demand jobs.' })
  schedule!: string | null;
}

@ObjectType({ description: 'One run of a background job.' })
export class JobRun {
  @Field(() => ID, { description: 'Id of the run in the job queue.' })
  id!: string;

  @Field(() => String, { description: 'Queue name of the job.' })
  name!: string;

  @Field(() => String, { description: 'created, retry, active, completed, cancelled or failed.' })
  state!: string;

  @Field(() => Date, { description: 'When the run was queued.' })
  createdOn!: Date;

  @Field(() => Date, { nullable: true, description: 'When a worker started it.' })
  startedOn!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  completedOn!: Date | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What the job reported when it ended.' })
  output!: Record<string, unknown> | null;
}

@InputType({ description: 'Which job to run now.' })
export class JobRunInput {
  @Field(() => String, { description: 'Queue name of the job.' })
  name!: string;
}

@ObjectType({ description: 'Result of jobRun.' })
export class JobRunPayload extends MutationPayload {
  @Field(() => JobRun, { nullable: true, description: 'The queued run.' })
  jobRun: JobRun | null = null;
}
