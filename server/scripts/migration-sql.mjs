// Developer tool: prints the SQL that takes an empty database to prisma/schema.prisma, using
// Prisma's own WASM schema engine (the native one cannot be downloaded offline). Write the
// output to prisma/migrations/<timestamp>_<name>/migration.sql by hand after review.
//   node --experimental-wasm-modules server/scripts/migration-sql.mjs [previous-schema.prisma]
// With a previous schema (e.g. `git show HEAD:prisma/schema.prisma > /tmp/old.prisma`) it
// prints only the difference: the next migration.
import { readFile } from 'node:fs/promises';
import { SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const schemaPath = new URL('../../prisma/schema.prisma', import.meta.url);
const schema = await readFile(schemaPath, 'utf8');
const fromPath = process.argv[2];
const fromSchema = fromPath ? await readFile(fromPath, 'utf8') : null;
// The engine wants a connection even for a diff between two schema files; it is not written to.
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' }));
const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => undefined, adapter);
const result = await engine.diff({
  from: fromSchema ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fromSchema }] } : { tag: 'empty' },
  to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
process.stdout.write(result.stdout ?? '');
