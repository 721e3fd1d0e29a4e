import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { UUID_PATTERN } from '../relay/global-id';
import { Role } from '../auth/principal';
import { runMutation } from '../errors/mutation';
import { UserErrorCode, UserErrorsException, userError } from '../errors/user-error';
import { JobDescription, JobRun, JobRunInput, JobRunPayload } from './job.types';

@Resolver(() => JobRun)
export class JobResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [JobDescription], { description: 'The background jobs the enabled modules register (ADMIN).' })
  jobs(@Ctx() context: GraphQLContext): JobDescription[] {
    return context.platform.jobs.definitions.map(({ name, description, schedule }) =>
      Object.assign(new JobDescription(), { name, description, schedule: schedule ?? null }),
    );
  }

  @Authorized(Role.ADMIN)
  @Query(() => JobRun, { nullable: true, description: 'One run of a job, with its state and output (ADMIN).' })
  async jobRun(
    @Arg('name', () => String, { description: 'Queue name of the job.' }) name: string,
    @Arg('id', () => ID, { description: 'Id of the run.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<JobRun | null> {
    if (!context.platform.jobs.find(name) || !UUID_PATTERN.test(id)) return null;
    const state = await context.platform.jobs.state(name, id);
    return state && Object.assign(new JobRun(), state);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => JobRunPayload, { description: 'Queues a run of a job now, outside its schedule (ADMIN).' })
  jobEnqueue(@Arg('input', () => JobRunInput) input: JobRunInput, @Ctx() context: GraphQLContext): Promise<JobRunPayload> {
    const { jobs } = context.platform;
    return runMutation(context, JobRunPayload, async () => {
      if (!jobs.find(input.name))
        throw new UserErrorsException([userError(['input', 'name'], UserErrorCode.UNKNOWN_JOB, `No job is named "${input.name}".`)]);
      if (!jobs.enabled)
        throw new UserErrorsException([userError([], UserErrorCode.JOBS_DISABLED, 'Jobs are switched off in this instance (JOBS_ENABLED=false).')]);
      const id = await jobs.enqueue(input.name, {});
      const state = await jobs.state(input.name, id);
      return { jobRun: Object.assign(new JobRun(), state) };
    });
  }
}
