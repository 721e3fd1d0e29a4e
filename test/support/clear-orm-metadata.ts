import { MetadataStorage } from '@mikro-orm/core';

/**
 * Global setup initialises MikroORM in jest's parent realm to migrate the template database; a test running in
 * that same process would inherit its metadata, whose Maps belong to another realm. Start each file clean.
 */
MetadataStorage.clear();
