import { EVERY_ROLE } from '../platform/auth/principal';
import { defineModule } from '../platform/module';
import { defineNodeType } from '../platform/relay/node-type';
import { Appeal, AppealCoHandling } from './appeal.entity';
import { APPEAL_READERS, APPEALS_SCOPE } from './appeal.access';
import { AppealCategory } from './appeal-category.entity';
import { AppealChannel } from './appeal-channel.entity';
import { appealDeadlinesJob } from './appeal-deadlines.job';
import { AppealExtension } from './appeal-extension.entity';
import { AppealHistoryEntry } from './appeal-history.entity';
import { AppealNotificationsResolver } from './appeal-notifications.resolver';
import { AppealIndicatorsResolver } from './appeal-indicators.resolver';
import { APPEAL_INDICATORS } from './appeal-indicators';
import { AppealReadService } from './appeal-read.service';
import { loadAppealReferenceData } from './appeal-reference-data';
import {
  AppealCoHandlingResolver,
  AppealExtensionResolver,
  AppealHistoryEntryResolver,
  AppealResolver,
  TypicalCaseResolver,
} from './appeal.resolver';
import { AppealStepsResolver } from './appeal-steps.resolver';
import { badReviewSubscriptions } from './bad-review-intake';
import { appealCalendarSubscriptions } from './appeal-calendar-corrections';
import { TypicalCase } from './typical-case.entity';
import { seedAppeals } from './appeals.seed';
import { APPEAL_FOLLOW_UPS_CUBE, APPEALS_CUBE } from './appeal.cubes';

const everyone = () => undefined;

export const appeals = defineModule({
  name: 'appeals',
  description:
    '"Enterprise calls, we respond" (企呼我应): one pool from every channel, routing from one point, the closed loop on the working-day clock.',
  dependsOn: ['enterprise', 'one-matter'],
  extensions: {
    partnerAccessScopes: [
      {
        code: APPEALS_SCOPE,
        description: 'The enterprise’s appeals (企呼我应): what it raised, who handles it, the replies and history; contacts masked.',
      },
    ],
  },
  entities: [AppealChannel, AppealCategory, Appeal, AppealCoHandling, AppealHistoryEntry, AppealExtension, TypicalCase],
  resolvers: [
    AppealResolver,
    AppealCoHandlingResolver,
    AppealHistoryEntryResolver,
    AppealExtensionResolver,
    TypicalCaseResolver,
    AppealStepsResolver,
    AppealNotificationsResolver,
    AppealIndicatorsResolver,
  ],
  nodeTypes: [
    defineNodeType({
      typeName: 'Appeal',
      entity: Appeal,
      assertReadable: (context, appeal) => new AppealReadService(context).assertReadable(appeal),
      readers: APPEAL_READERS,
    }),
    defineNodeType({
      typeName: 'AppealExtension',
      entity: AppealExtension,
      assertReadable: async (context, extension) =>
        new AppealReadService(context).assertReadable((await extension.appeal.load({ dataloader: true }))!),
      readers: APPEAL_READERS,
    }),
    defineNodeType({ typeName: 'AppealChannel', entity: AppealChannel, assertReadable: everyone, readers: EVERY_ROLE }),
    defineNodeType({ typeName: 'AppealCategory', entity: AppealCategory, assertReadable: everyone, readers: EVERY_ROLE }),
    defineNodeType({ typeName: 'TypicalCase', entity: TypicalCase, assertReadable: everyone, readers: EVERY_ROLE }),
  ],
  jobs: [appealDeadlinesJob],
  indicators: APPEAL_INDICATORS,
  cubes: [APPEALS_CUBE, APPEAL_FOLLOW_UPS_CUBE],
  subscriptions: [...badReviewSubscriptions, ...appealCalendarSubscriptions],
  referenceData: (em, platform) => loadAppealReferenceData(em, platform),
  seed: (em, options, platform) => seedAppeals(em, options, platform),
});
