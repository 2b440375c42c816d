// The version of the stored data's shape this app writes (migrations.ts brings older ones up to it).
export const CURRENT_SCHEMA_VERSION = 5;
