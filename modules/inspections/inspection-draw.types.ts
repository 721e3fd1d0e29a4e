import { Field, ObjectType } from 'type-graphql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { User } from '../users/user.entity';
import { RiskClass } from './inspection.enums';
import { InspectionDraw } from './inspection-draw.entity';

@ObjectType({ description: 'A target a draw picked, with its inspectors.' })
export class DrawnTarget {
  @Field(() => Enterprise, { description: 'The enterprise drawn.' })
  enterprise!: Enterprise;

  @Field(() => RiskClass, { description: 'Its risk class at the draw, which set its ratio.' })
  riskClass!: RiskClass;

  @Field(() => [User], { description: 'The inspectors drawn for it, at least two, none with a conflict.' })
  inspectors!: User[];
}

@ObjectType({ description: 'A draw run again from its recorded pool and seed (复核).' })
export class DrawReplay {
  @Field(() => InspectionDraw, { description: 'The draw replayed.' })
  draw!: InspectionDraw;

  @Field(() => Boolean, { description: 'Whether the replay gave exactly the recorded targets and inspectors.' })
  identical!: boolean;

  @Field(() => [DrawnTarget], { description: 'What the replay gave.' })
  targets!: DrawnTarget[];
}
