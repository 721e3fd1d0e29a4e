import { defineModule } from './module';
import { defineNodeType, readableBy } from './relay/node-type';
import { ApiKey } from './auth/api-key.entity';
import { ApiKeyResolver } from './auth/api-key.resolver';
import { ViewerResolver } from './auth/viewer.resolver';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { CalendarYear } from './calendar/calendar-year.entity';
import { CalendarDay } from './calendar/calendar-day.entity';
import { DeadlineCorrection } from './calendar/deadline-correction.entity';
import { SeedRun } from './database/seed-run.entity';
import { CalendarResolver } from './calendar/calendar.resolver';
import { calendarCoverageJob } from './calendar/calendar-coverage.job';
import { JobResolver } from './jobs/job.resolver';
import { IndicatorResolver } from './indicators/indicator.resolver';
import { NodeResolver } from './relay/node.resolver';
import { Role } from './auth/principal';

export const platform = defineModule({
  name: 'platform',
  description: 'The kernel: relay, authentication, API keys, audit log, working-day calendar and jobs.',
  required: true,
  entities: [ApiKey, AuditEntry, CalendarYear, CalendarDay, DeadlineCorrection, SeedRun],
  resolvers: [NodeResolver, ViewerResolver, ApiKeyResolver, AuditResolver, CalendarResolver, JobResolver, IndicatorResolver],
  nodeTypes: [
    defineNodeType({ typeName: 'ApiKey', entity: ApiKey, assertReadable: readableBy(Role.ADMIN) }),
    defineNodeType({ typeName: 'AuditEntry', entity: AuditEntry, assertReadable: readableBy(Role.ADMIN) }),
    defineNodeType({ typeName: 'DeadlineCorrection', entity: DeadlineCorrection, assertReadable: readableBy(Role.ADMIN, Role.ANALYST) }),
  ],
  jobs: [calendarCoverageJob],
  referenceData: (_em, services) => services.calendar.loadReferenceData(services),
});
