import { LocalDateScalar } from '../platform/scalars/local-date';
import { Entity, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Department } from './department.entity';
import { Task } from './task.entity';

/** A task that ran past its due date through its department's doing (有责超期), kept for accountability. */
@Entity({ tableName: 'overdue_record' })
@ObjectType({ description: 'An overdue task attributed to its department (有责超期).' })
export class OverdueRecord extends BaseEntity {
  @OneToOne(() => Task, { ref: true, owner: true, unique: true })
  task!: Ref<Task>;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @Field(() => LocalDateScalar, { description: 'The due date that was missed, suspensions already added.' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => LocalDateScalar, { description: 'When the overdue was recorded.' })
  @Property({ type: 'date' })
  recordedOn!: string;
}
